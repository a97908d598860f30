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
  /** Methods that may not be called without the check (where the module system forbids it). */
  private final Map<Method, Boolean> closed = new ConcurrentHashMap<>();

  ViewWrapper() {
    super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
  }

  @Override
  protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
      throws InvocationTargetException, IllegalAccessException, TemplateModelException {
    // a method opened once stays open (FreeMarker passes the same Method each time): a flag read
    if (!isOpen(method) && (closed.containsKey(method) || !open(method))) {
      return super.invokeMethod(object, method, args);
    }
    Object result = method.invoke(object, args);
    return method.getReturnType() == void.class ? TemplateModel.NOTHING : getOuterIdentity().wrap(result);
  }

  @SuppressWarnings("deprecation") // isAccessible() is the flag setAccessible sets, which is what is asked
  private static boolean isOpen(Method m) {
    return m.isAccessible();
  }

  private boolean open(Method m) {
    try {
      m.setAccessible(true);
      return true;
    } catch (RuntimeException e) {
      closed.put(m, Boolean.TRUE);
      return false;
    }
  }
}
