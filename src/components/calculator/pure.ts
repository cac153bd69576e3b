import { Component, h, type FunctionComponent } from "preact";

/**
 * A part that renders again only when one of its props changes (compared by identity), like
 * preact/compat's memo without shipping compat: the calculator's container re-renders on every
 * change, and most of the page (126 options, eleven factors with their examples) rarely moves.
 */
export function pure<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const prev = this.props as Record<string, unknown>;
      const props = next as Record<string, unknown>;
      for (const key in props) if (props[key] !== prev[key]) return true;
      for (const key in prev) if (!(key in props)) return true;
      return false;
    }
    override render(props: P) {
      return h(render, props);
    }
  }
  return Pure as unknown as FunctionComponent<P>;
}
