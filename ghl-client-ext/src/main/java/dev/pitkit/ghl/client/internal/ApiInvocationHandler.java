package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.RequestOptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/**
 * What users call: the proxy of one generated interface, bound to a view's options. Object's
 * methods are answered here; every other call goes down the {@link CallPipeline} with its
 * method's {@link MethodModel}.
 */
final class ApiInvocationHandler implements InvocationHandler {
  private final Class<?> api;
  private final MethodModel.Models models;
  private final ClientCore core;
  private final RequestOptions options;

  ApiInvocationHandler(Class<?> api, MethodModel.Models models, ClientCore core, RequestOptions options) {
    this.api = api;
    this.models = models;
    this.core = core;
    this.options = options;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "toString" -> api.getSimpleName() + "(" + core.describe(options) + ")";
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> method.invoke(this, args);
      };
    }
    if (method.isDefault()) {
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    MethodModel model = models.get(method);
    if (model == null) {
      throw ClientCore.notGenerated(api, method);
    }
    return core.pipeline().run(model, proxy, method, args, options);
  }
}
