package dev.pitkit.ghl.invoker;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The spec's {@code x-ghl-pagination} of one list operation; see {@code spec/CONVENTIONS.md}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface GhlPagination {
  /** {@code cursor}, {@code page}, {@code offset}, {@code skip} or {@code message}. */
  String style();

  /** Dotted path of the item array in the response body. */
  String itemsPath();

  /** Query parameter holding the page size, or empty. */
  String limitParam();

  /** Offset/skip styles: the query parameter advanced by the number of items received. */
  String offsetParam();

  /** Cursor/page/message styles: {@code requestParam=response.dotted.path} pairs. */
  String[] cursor();

  /** Boolean response field saying more pages exist, or empty. */
  String hasMorePath();
}
