package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.RequestOptions;
import dev.pitkit.ghl.invoker.GhlInvoker;
import dev.pitkit.ghl.invoker.GhlMethod;

/**
 * Where the generated implementation of an interface ({@code ContactsApiImpl}) sends its calls, for
 * one view of the client: each call goes down the {@link CallPipeline} with its method's
 * {@link MethodModel} and the view's options.
 */
final class ApiView implements GhlInvoker {
  private final ClientCore core;
  private final RequestOptions options;

  ApiView(ClientCore core, RequestOptions options) {
    this.core = core;
    this.options = options;
  }

  @Override
  public Object invoke(Object api, GhlMethod method, Object[] args) {
    return core.pipeline().run(MethodModel.of(method), api, args, options);
  }

  /** For the implementation's toString(): never the API key. */
  @Override
  public String toString() {
    return core.describe(options);
  }
}
