package handbook.markdown;

/**
 * Runs a check on a thread with a large stack, as the engine retries a body that overflows:
 * flexmark's parser (the reference the tests compare with) recurses in its regular expressions,
 * once per character of a long line, deepest while the code is still interpreted or while a fuzz
 * agent hooks the regex engine, so on the default stack a comparison could fail for that alone.
 */
final class LargeStack {
  private LargeStack() {}

  static void run(Runnable check) {
    Throwable[] failure = {null};
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                check.run();
              } catch (Throwable e) {
                failure[0] = e;
              }
            },
            "large-stack-check",
            64L << 20);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
  }
}
