/**
 * A symptom with three causes in a chain (a -> b -> c -> not-covered), reachable both from a
 * question that offers a and b as answers and from a remedy that hands on to b: answering A
 * rules out B. Shared by the engine's and the command line's tests of "did not help".
 */
export const chainedCauses: Record<string, string> = {
  'main.yaml': `start: start
allowedHosts:
  - host: learn.microsoft.com
    reason: docs
links:
  doc:
    title: Doc
    url: https://learn.microsoft.com/en-us/entra/identity/app-provisioning/how-provisioning-works
nodes:
  start:
    kind: question
    title: Start
    prompt: Which?
    options:
      - label: Cause A
        next: cause-a
      - label: Cause B
        next: cause-b
      - label: Something that starts with B
        next: hands-to-b
      - label: None of these
        next: not-covered-end
  hands-to-b:
    kind: remedy
    title: Hands to B
    cause: x
    steps: [y]
    links: [doc]
    ifNotHelped: cause-b
  cause-a:
    kind: remedy
    title: A
    cause: x
    steps: [y]
    links: [doc]
    ifNotHelped: cause-b
  cause-b:
    kind: remedy
    title: B
    cause: x
    steps: [y]
    links: [doc]
    ifNotHelped: cause-c
  cause-c:
    kind: remedy
    title: C
    cause: x
    steps: [y]
    links: [doc]
    ifNotHelped: not-covered-end
  not-covered-end:
    kind: remedy
    title: Not covered
    cause: x
    steps: [y]
    links: [doc]
`,
};
