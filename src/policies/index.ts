export type {
  Policy,
  PolicyContext,
  MeasuredFigures,
  TaskView,
  OverheadKind,
  ContactEffect,
  ReviewEffect,
  CertificateEffect,
} from "./Policy";
export { PolicySet, PolicyError } from "./PolicySet";
