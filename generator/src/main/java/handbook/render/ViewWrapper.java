package handbook.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker's default object wrapper, which calls the view records' accessors with the access
 * check made once per method: {@code Method.invoke} otherwise walks the stack to find its caller
 * on every call (measured: a third of the time spent in templates). The methods called are the
 * ones FreeMarker exposes; none becomes callable that was not.
 */
final class ViewWrapper extends DefaultObjectWrapper {
  /** Whether a method may be called without the check (false where the module system forbids it). */
  private final Map<Method, Boolean> open = new ConcurrentHashMap<>();

  ViewWrapper() {
    super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
  }

  @Override
  protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
      throws InvocationTargetException, IllegalAccessException, TemplateModelException {
    if (!open.computeIfAbsent(method, ViewWrapper::open)) {
      return super.invokeMethod(object, method, args);
    }
    Object result = method.invoke(object, args);
    return method.getReturnType() == void.class ? TemplateModel.NOTHING : getOuterIdentity().wrap(result);
  }

  private static boolean open(Method m) {
    try {
      m.setAccessible(true);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
