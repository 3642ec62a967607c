package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.GhlCall;
import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.GhlRetry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@link GhlCallListener#composite}: tells several listeners, each shielded from the others' failures.
 * Immutable; one per client, plus one per call when a member keeps per-call state.
 */
public final class CompositeCallListener implements GhlCallListener {
  private final List<GhlCallListener> members;

  private CompositeCallListener(List<GhlCallListener> members) {
    this.members = members;
  }

  /** The group of {@code listeners} without {@link GhlCallListener#NONE}; NONE or the single one when that is all. */
  public static GhlCallListener of(List<? extends GhlCallListener> listeners) {
    Objects.requireNonNull(listeners, "listeners");
    List<GhlCallListener> members = new ArrayList<>();
    for (GhlCallListener l : listeners) {
      Objects.requireNonNull(l, "a listener is null");
      if (l != GhlCallListener.NONE) {
        members.add(l);
      }
    }
    return members.isEmpty() ? GhlCallListener.NONE
        : members.size() == 1 ? members.get(0) : new CompositeCallListener(List.copyOf(members));
  }

  @Override
  public GhlCallListener onStart(GhlCall started) {
    List<GhlCallListener> perCall = new ArrayList<>(members.size());
    boolean changed = false;
    for (GhlCallListener m : members) {
      GhlCallListener chosen = m;
      try {
        GhlCallListener r = m.onStart(started);
        if (r != null) {
          chosen = r;
        }
      } catch (Throwable e) {
        CallEvents.listenerFailed(m, "the start of " + started.operationId(), e);
      }
      changed |= chosen != m;
      perCall.add(chosen);
    }
    return changed ? new CompositeCallListener(perCall) : this;
  }

  @Override
  public void onCall(GhlCall call) {
    each(m -> m.onCall(call), call.operationId());
  }

  @Override
  public void onRetry(GhlRetry retry) {
    each(m -> m.onRetry(retry), "a retry of " + retry.operationId());
  }

  private void each(Consumer<GhlCallListener> event, String what) {
    for (GhlCallListener m : members) {
      try {
        event.accept(m);
      } catch (Throwable e) {
        CallEvents.listenerFailed(m, what, e);
      }
    }
  }

  @Override
  public String toString() {
    return "GhlCallListener.composite" + members;
  }
}
