/** One finding of `dossier check`, always naming the file it is about. */
export interface Problem {
  file: string;
  level: "error" | "warning";
  rule: string;
  reason: string;
}

export const error = (file: string, rule: string, reason: string): Problem => ({ file, level: "error", rule, reason });
export const warning = (file: string, rule: string, reason: string): Problem => ({ file, level: "warning", rule, reason });

export const formatProblem = (problem: Problem) => `${problem.file}: ${problem.level} ${problem.rule}: ${problem.reason}`;
