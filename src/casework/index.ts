export { Case, COMPLEXITIES, STEPS, type Complexity, type Step } from "./Case";
export { CaseFactory, type ScriptedCase } from "./CaseFactory";
export {
  defaultCaseworkParams,
  type CaseworkParams,
  type DemandParams,
  type CaseMixParams,
  type CertificateParams,
  type CitizenParams,
  type ContactParams,
  type JudgementParams,
  type PeopleParams,
} from "./CaseworkParams";
export { Handler } from "./Handler";
export { judge, judgementNoise, type JudgementState } from "./judge";
export { Task, type TaskKind } from "./Task";
export { CONTACT_REASONS, FAILURE_REASONS, contactDemand, type ContactDemand, type ContactReason, type ContactReasonInfo } from "./ContactReason";
