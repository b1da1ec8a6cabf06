/*
 * Why a contact between a citizen and the office happened, and what kind of
 * demand that makes it. Citizens get in touch with real questions (value
 * demand: what the service exists for) or because something was not done, or
 * not done right, the first time (failure demand: chasing, "who has my case?",
 * unclear letters, being asked again, repeat calls, reconsideration requests).
 * The office also calls citizens itself (a team owner's proactive call when a
 * promised date will slip): that contact costs staff time but is not demand, so
 * it is kept apart and does not count in the failure-demand share. This table is
 * the one place that says which reason is which kind.
 */

/** Why a contact happened. */
export type ContactReason =
  "claim-question" | "chasing" | "who-has-my-case" | "unclear-letter" | "asked-again" | "repeat-call" | "reconsideration" | "proactive";

/**
 * The kind of contact: `"value"` (a citizen's real question), `"failure"`
 * (failure demand from a citizen) or `"office"` (the office called the citizen;
 * not demand).
 */
export type ContactDemand = "value" | "failure" | "office";

/** What a contact reason means. */
export interface ContactReasonInfo {
  /** the kind of contact */
  demand: ContactDemand;
  /** a few plain words on what happened */
  description: string;
}

/** Every contact reason, in display order (value demand, office-initiated, failure demand). */
export const CONTACT_REASONS: Readonly<Record<ContactReason, ContactReasonInfo>> = {
  "claim-question": { demand: "value", description: "a real question about the claim" },
  proactive: { demand: "office", description: "the claim's owner called the citizen before a promised date slipped" },
  chasing: { demand: "failure", description: "the citizen chased a claim that took longer than expected" },
  "who-has-my-case": { demand: "failure", description: "the citizen asked who has the claim after a handover" },
  "unclear-letter": { demand: "failure", description: "the citizen did not understand a letter" },
  "asked-again": { demand: "failure", description: "the citizen was asked again for something already given" },
  "repeat-call": { demand: "failure", description: "the citizen called again because an earlier contact did not settle the matter" },
  reconsideration: { demand: "failure", description: "the citizen asked for a rejection to be reconsidered" },
};

/** The kind of contact `reason` makes. */
export function contactDemand(reason: ContactReason): ContactDemand {
  return CONTACT_REASONS[reason].demand;
}

/** Contact reasons that are failure demand (demand caused by a failure to do something right). */
export const FAILURE_REASONS: ReadonlySet<ContactReason> = new Set(
  (Object.keys(CONTACT_REASONS) as ContactReason[]).filter((r) => contactDemand(r) === "failure"),
);
