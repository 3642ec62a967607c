package dev.pitkit.ghl.invoker;

/**
 * Where a generated implementation ({@code ContactsApiImpl}) hands each call: the client's pipeline,
 * bound to one view's options. For the client's use.
 */
public interface GhlInvoker {
  /**
   * Sends one call and returns its decoded answer (null for {@code void}).
   *
   * @param api the implementation called (Jakarta Validation validates its method's parameters)
   * @param method the called method
   * @param args its arguments, in order (an empty array for none)
   * @return the decoded answer
   */
  Object invoke(Object api, GhlMethod method, Object[] args);
}
