import type { ComponentChildren } from "preact";

/**
 * A wide table scrolls sideways inside its own box, never the page: a labelled, focusable region,
 * so a keyboard user can scroll it with the arrow keys (the Preact twin of ScrollTable.astro).
 */
export default function ScrollTable({ labelledby, children }: { labelledby: string; children: ComponentChildren }) {
  return (
    <div class="scroll-table" role="region" tabIndex={0} aria-labelledby={labelledby}>
      {children}
    </div>
  );
}
