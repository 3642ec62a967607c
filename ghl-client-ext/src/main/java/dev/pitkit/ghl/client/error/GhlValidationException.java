package dev.pitkit.ghl.client.error;

import java.util.List;

/**
 * A request broke a rule of the spec (a required parameter or field missing, a value out of range,
 * a cross-field rule) and was not sent. {@link #violations()} names each field.
 */
public class GhlValidationException extends GhlException {
  private static final long serialVersionUID = 1L;

  /** One broken rule: the field (dotted path, e.g. {@code body.completed}) and what is wrong. */
  public record Violation(String field, String message) implements java.io.Serializable {
    @Override
    public String toString() {
      return field + ": " + message;
    }
  }

  @SuppressWarnings("serial") // always a List.copyOf of records: serializable, though List is not declared so
  private final List<Violation> violations;

  /**
   * Creates the exception.
   * @param operationId the spec operationId
   * @param violations every broken rule
   */
  public GhlValidationException(String operationId, List<Violation> violations) {
    super(operationId + ": invalid request, not sent: " + violations, null, operationId);
    this.violations = List.copyOf(violations);
  }

  /** Every broken rule, in a stable order. */
  public List<Violation> violations() {
    return violations;
  }
}
