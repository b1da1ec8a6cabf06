/*
 * How the charts show contacts by reason: citizens' value demand in blues, the
 * office's own calls (proactive calls) in greens, failure demand in reds, each
 * labelled by its kind of contact, from the one table of contact reasons.
 */
import { CONTACT_REASONS, type ContactDemand } from "../../casework/ContactReason";

const COLOURS: Record<ContactDemand, readonly string[]> = {
  value: ["#4c78a8", "#9ecae9", "#2f5d8a", "#72b7b2"],
  office: ["#54a24b", "#88d27a"],
  failure: ["#e45756", "#f58518", "#b5474b", "#ff9d98", "#fdae6b", "#9d755d", "#d6616b"],
};
const GROUPS: readonly ContactDemand[] = ["value", "office", "failure"];
const KNOWN = Object.keys(CONTACT_REASONS);

/** The kind of contact `reason` makes; a reason the table does not know counts as value demand. */
export function demandOfReason(reason: string): ContactDemand {
  return (CONTACT_REASONS as Partial<Record<string, { demand: ContactDemand }>>)[reason]?.demand ?? "value";
}

/** A reason as shown in a legend, e.g. `"failure: who has my case"`, `"office: proactive"`. */
export function contactLabel(reason: string): string {
  return `${demandOfReason(reason)}: ${reason.replace(/-/g, " ")}`;
}

/** The legend of `reasons`: in display order (value, office, failure; the table's order inside each), with labels and colours. */
export function contactLegend(reasons: Iterable<string>): { ordered: string[]; domain: string[]; range: string[] } {
  const present = new Set(reasons);
  const rank = (r: string): number => (KNOWN.includes(r) ? KNOWN.indexOf(r) : KNOWN.length);
  const ordered: string[] = [];
  const range: string[] = [];
  for (const group of GROUPS) {
    const mine = [...present].filter((r) => demandOfReason(r) === group).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const colours = COLOURS[group];
    mine.forEach((r, i) => {
      ordered.push(r);
      range.push(colours[i % colours.length]!);
    });
  }
  return { ordered, domain: ordered.map(contactLabel), range };
}
