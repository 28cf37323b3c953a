/**
 * The ask engine's vocabulary: how people write things, which words signal which kind of fact or operation, and what
 * archkb never holds. The engine reads all of its language from here; its code names no product, component or question.
 */

/** Single words people write for the same thing, mapped to the canonical words the fact index uses. */
export const synonyms: Record<string, string[]> = {
  // "Builtin" and "inbuilt" are how people type the sources' "built-in".
  builtin: ['built', 'in'],
  inbuilt: ['built', 'in'],
  // To "externalise" a part is to run it as an external service, as the sources put it.
  externalise: ['external'],
  externalises: ['external'],
  externalised: ['external'],
  externalising: ['external'],
  externalize: ['external'],
  externalizes: ['external'],
  externalized: ['external'],
  externalizing: ['external'],
  externally: ['external'],
  // Something "difficult" to scale is "hard" to scale, the sources' word.
  difficult: ['hard'],
  // Growing "linearly" is growing in a linear way, however the question writes it.
  linearly: ['linear'],
  // A part that "dies" or is "dead" is down, as the sources write it.
  die: ['down'],
  dies: ['down'],
  died: ['down'],
  dead: ['down'],
  postgres: ['postgresql'],
  postgre: ['postgresql'],
  pg: ['postgresql'],
  // Talking is what the sources call connecting: a service "talks to" its database.
  speak: ['talk'],
  speaking: ['talk'],
  talking: ['talk'],
  // A service that "hits" a database directly queries it, which is how the sources' "talks to" reads in chat.
  hit: ['talk'],
  hits: ['talk'],
  // Cutting what a cluster holds is reducing it, as the sources write it.
  cut: ['reduce'],
  cuts: ['reduce'],
  cutting: ['reduce'],
  // What a service "exposes" to clients is what the sources say it serves or offers.
  expose: ['serve'],
  // Monitoring something is watching it, as the sources write it ("watch job completion time").
  monitor: ['watch'],
  monitoring: ['watch'],
  monitored: ['watch'],
  // Stripping settings out of a configuration is removing them.
  strip: ['remove'],
  stripped: ['removed'],
  hitting: ['talk'],
  connecting: ['connect'],
  communicating: ['communicate'],
  // What must be set is what the sources mark required.
  mandatory: ['mandatory', 'required'],
  compulsory: ['required'],
  // The progressive ("is X recommending / requiring / needing") asks what the simple present does.
  recommending: ['recommend'],
  requiring: ['require'],
  needing: ['need'],
  obligatory: ['required'],
  // "Which security controls are listed" asks for the parts that provide them; "control plane" stays as written.
  controls: ['components'],
  // A URL a service exposes is one of its endpoints or paths ("/debug/ready").
  url: ['url', 'endpoint', 'path'],
  urls: ['url', 'endpoint', 'path'],
  // An HTTP path ("which path should the probe use") is what the sources call an endpoint.
  path: ['path', 'endpoint'],
  paths: ['path', 'endpoint'],
  // What is done "regularly" is what the sources call regular ("regular tests run …").
  regularly: ['regular'],
  // A frequency answers "how often": "daily backups" for "how often is it backed up".
  hourly: ['hourly', 'often'],
  daily: ['daily', 'often'],
  nightly: ['nightly', 'often'],
  weekly: ['weekly', 'often'],
  monthly: ['monthly', 'often'],
  // "What ways are there to …" asks for the options a source lists.
  ways: ['option', 'method'],
  // A drawback is a stated limitation, or what the vendor says a layout adds in complexity or overhead.
  drawback: ['limitation', 'complex', 'overhead'],
  drawbacks: ['limitation', 'complex', 'overhead'],
  downside: ['limitation', 'complex', 'overhead'],
  downsides: ['limitation', 'complex', 'overhead'],
  disadvantage: ['limitation', 'complex', 'overhead'],
  disadvantages: ['limitation', 'complex', 'overhead'],
  pgsql: ['postgresql'],
  psql: ['postgresql'],
  mongo: ['mongodb'],
  couch: ['couchdb'],
  es: ['elasticsearch'],
  elastic: ['elasticsearch'],
  // British spelling and the verb's forms meet the noun the sources mostly write.
  licence: ['license'],
  licences: ['license'],
  licensing: ['license'],
  licencing: ['license'],
  k8s: ['kubernetes'],
  iac: ['infrastructure'],
  infra: ['infrastructure'],
  kube: ['kubernetes'],
  ocp: ['openshift'],
  arm: ['arm64'],
  aarch64: ['arm64'],
  // AWS names its ARM processors Graviton.
  graviton: ['arm64'],
  amd64: ['x86'],
  http2: ['http', '2'],
  http3: ['http', '3'],
  x64: ['x86'],
  rosa: ['openshift'],
  ram: ['memory'],
  mem: ['memory'],
  memory: ['memory'],
  cpu: ['vcpu'],
  // In plain language a CPU is a "processor": "how many processors" asks for vCPUs.
  processor: ['vcpu'],
  processors: ['vcpu'],
  cpus: ['vcpu'],
  vcpus: ['vcpu'],
  vcore: ['vcpu'],
  vcores: ['vcpu'],
  core: ['vcpu'],
  cores: ['vcpu'],
  millicore: ['vcpu'],
  disk: ['storage'],
  volume: ['storage'],
  pvc: ['storage'],
  db: ['database'],
  dbs: ['database'],
  app: ['application'],
  // Running something "locally" or "on my laptop" is a local installation.
  locally: ['local'],
  laptop: ['local'],
  apps: ['application'],
  lb: ['load', 'balancer'],
  lbs: ['load', 'balancer'],
  alb: ['load', 'balancer'],
  elb: ['load', 'balancer'],
  waf: ['firewall'],
  az: ['zone'],
  azs: ['zone'],
  // "DC" is how operators write a data center, which the sources pair with a zone, as the phrase for it reads.
  dc: ['zone'],
  dcs: ['zone'],
  amazon: ['aws'],
  vm: ['vm'],
  vms: ['vm'],
  config: ['setting'],
  cfg: ['setting'],
  conf: ['setting'],
  configuration: ['setting'],
  parameter: ['setting'],
  env: ['environment'],
  min: ['minimum'],
  // "The floor and the ceiling" of an autoscaler's range are its minimum and maximum.
  floor: ['minimum'],
  ceiling: ['maximum'],
  minimal: ['minimum'],
  max: ['maximum'],
  // Forms of "rotate": "rotate the secret" meets "kept during a rotation".
  rotate: ['rotation'],
  rotates: ['rotation'],
  rotated: ['rotation'],
  rotating: ['rotation'],
  // Forms of "stop": "when a workspace is stopped" meets "stopping the workspace".
  stopped: ['stop'],
  stopping: ['stop'],
  stops: ['stop'],
  // Forms of "add": "external ones can be added" answers "how do I add more".
  added: ['add'],
  adding: ['add'],
  adds: ['add'],
  // A service that was bounced or rebooted was restarted.
  bounce: ['restart'],
  bounced: ['restart'],
  bouncing: ['restart'],
  reboot: ['restart'],
  rebooted: ['restart'],
  // Forms of "execute": "what does it execute" finds "the execution context".
  executes: ['execute'],
  executing: ['execute'],
  executed: ['execute'],
  execution: ['execute'],
  // Forms of "install": "before installation" answers "before we install".
  installing: ['install'],
  installed: ['install'],
  installation: ['install'],
  installations: ['install'],
  // Forms of "create": "what creates the agent" and "responsible for creating it" ask the same.
  creates: ['create'],
  creating: ['create'],
  created: ['create'],
  // Several at the same time are concurrent ones: "20 simultaneous sessions" counts concurrent sessions.
  concurrently: ['concurrent'],
  simultaneous: ['concurrent'],
  simultaneously: ['concurrent'],
  // Scaled until it can scale no further: "maxed out" is at its maximum.
  maxed: ['maximum'],
  spec: ['requirement'],
  specs: ['requirement'],
  specification: ['requirement'],
  reqs: ['requirement'],
  prereqs: ['prerequisite'],
  // Words run together in quick typing, and in a Kubernetes type name ("LoadBalancer"), are the two words.
  loadbalancer: ['load', 'balancer'],
  loadbalancers: ['load', 'balancer'],
  ver: ['version'],
  prod: ['production'],
  primary: ['main'],
  rtt: ['round', 'trip', 'latency'],
  ha: ['ha'],
  sso: ['sso'],
  auth: ['authentication'],
  authn: ['authentication'],
  svc: ['service'],
  svcs: ['service'],
  fe: ['frontend'],
  var: ['variable'],
  vars: ['variables'],
  envs: ['environment', 'variables'],
  bigger: ['larger'],
  biggest: ['largest'],
  big: ['large'],
  repo: ['repository'],
  repos: ['repository'],
  pw: ['password'],
  pwd: ['password'],
  algo: ['algorithm'],
  req: ['request'],
  rps: ['request', 'per', 'second'],
  qps: ['request', 'per', 'second'],
  sec: ['second'],
  secs: ['second'],
  ws: ['workspace'],
  wf: ['workflow'],
  pods: ['pod'],
  hpa: ['autoscaling'],
  pdb: ['pod', 'disruption', 'budget'],
  pdbs: ['pod', 'disruption', 'budget'],
  autoscaler: ['autoscaling'],
  autoscale: ['autoscaling'],
  failover: ['failover'],
  redundancy: ['ha'],
  // A noun and its verb: "retention" is what a "retainTime" setting sets.
  retention: ['retain'],
  retained: ['retain'],
  comparison: ['compare'],
  versus: ['vs'],
  datasource: ['data', 'source'],
  datasources: ['data', 'source'],
  subnets: ['subnet'],
  subnetted: ['subnet'],
  subnetting: ['subnet'],
  disabled: ['disable'],
  enabled: ['enable'],
  enabling: ['enable'],
  // A switch is "flipped" or "toggled" to a value: it is set.
  flip: ['set'],
  flipped: ['set'],
  toggle: ['set'],
  toggled: ['set'],
  split: ['separate'],
  bits: ['pieces'],
  bit: ['pieces'],
  picture: ['image'],
  pictures: ['image'],
  photo: ['image'],
  photos: ['image'],
  splitting: ['separate'],
  disabling: ['disable'],
  caching: ['cache'],
  cached: ['cache'],
  // Hosts to "allowlist" are what a network note says to allow.
  allowlist: ['allow', 'network'],
  allowlisting: ['allow', 'network'],
  allowlisted: ['allow', 'network'],
  whitelist: ['allow', 'network'],
  whitelisting: ['allow', 'network'],
  whitelisted: ['allow', 'network'],
  upgrading: ['upgrade'],
  upgraded: ['upgrade'],
  // A version "update" is an upgrade ("back up before every update" answers "before upgrading"); the word stays too.
  update: ['update', 'upgrade'],
  updates: ['update', 'upgrade'],
  updating: ['update', 'upgrade'],
  updated: ['update', 'upgrade'],
  // "Bumping the chart to 3.0.0" upgrades it; "bump it to 10" (a value verb) keeps its own word.
  bumping: ['upgrade'],
  bumped: ['upgrade'],
  multiple: ['several'],
  // "Vanilla Kubernetes" is plain Kubernetes, without a distribution's additions.
  vanilla: ['plain'],
  // A user's account is the user a load counts ("1.5 million accounts").
  account: ['user'],
  accounts: ['user'],
  // "What is stored in it?" asks what it stores, the word its facts use.
  stored: ['store'],
  storing: ['store'],
  datastore: ['data', 'store'],
  datastores: ['data', 'store'],
  // Hashing a password is what its hash counts and costs ("password hash validations").
  hashing: ['hash'],
  hashed: ['hash'],
  // A deployment's "topology" (standalone, clustered) is its mode.
  topology: ['topology', 'mode'],
  // A "CRD" is a custom resource definition.
  crd: ['custom', 'resource', 'definition'],
  crds: ['custom', 'resource', 'definition'],
  // Monitoring systems "scrape" the metrics a product exposes.
  scrape: ['metric'],
  scrapes: ['metric'],
  scraping: ['metric'],
  scraped: ['metric'],
};

/**
 * Wordings of a question rewritten to the usual one before it is read (case-insensitive regular expressions over the
 * whole question, replacement text), so every rule keyed to the usual wording ("how many") meets its variants.
 */
export const rewordings: [string, string][] = [
  // "The server-plus-database install" names two parts joined, as "A plus B" does.
  ['(?<=[a-z])-plus-(?=[a-z])', ' plus '],
  // "On the one platform, not the other, may we …": a "not" set between commas before the question proper sets a thing
  // aside, as "rather than" does, and negates nothing asked (before "right?" it still does).
  [
    ',\\s*not\\s+(?=[^,.;:?!()]{1,40},\\s*(?:do|does|did|is|are|can|could|should|would|will|must|how|what|which|where|when|why|who)\\b)',
    ', rather than ',
  ],
  // A questionnaire's item number ("Q5.5", "3)") or an exercise's ("Exercise 10 —") opens the question without being
  // part of it.
  [
    '^\\s*(?:(?:q(?:uestion)?|exercise|task|item|problem)\\s*\\d+(?:\\.\\d+)*\\s*[.):\u2014\u2013-]?|\\d+(?:\\.\\d+)*[.)])\\s+(?=[a-z])',
    '',
  ],
  // "…, and how would this one differ from B's rule?" (B's own, not "from the default") or "…, and how does B
  // compare?" asks the first question again of B, as "…, and what about B?" does.
  [
    ",?\\s+and\\s+how\\s+(?:does|do|would)\\s+(?:that|this|it|these|those)(?:\\s+(?:choice|one|answer|figure|setup|option))?\\s+(?:compare|differ)\\s+(?:with|to|against|from|for|in)\\s+([^?,;:]{1,40}?['\u2019]s(?:\\s+[^?,;:]{1,40}?)?)\\s*\\?\\s*$",
    ', and what about $1?',
  ],
  [',?\\s+and\\s+how\\s+(?:does|do)\\s+([^?,;:]{1,40}?)\\s+compare\\s*\\?\\s*$', ', and what about $1?'],
  // "Under what circumstances is X unnecessary?" or "in which situations …" asks when, as the condition facts say.
  [
    '\\b(?:under|in)\\s+(?:what|which)\\s+(?:circumstances?|conditions?|situations?|cases?|scenarios?)\\s+(?=(?:is|are|was|were|does|do|did|would|should|must|can|could|will)\\b)',
    'when ',
  ],
  // "… (is) given as one part of its rationale" says where the source gives it, not what is asked.
  [
    '\\s+as\\s+(?:(?:a|one)\\s+)?(?:part\\s+of\\s+)?(?:the|its|their|a|an)\\s+(?:justifications?|rationales?|reasoning|arguments?|explanations?|motivations?)\\b',
    '',
  ],
  // "Which products other than X …" leaves X out, as "besides X" does; "other" asks for no other kind of thing.
  ['\\b(products?|tools?|platforms?|vendors?|servers?|builders?|ones)\\s+other\\s+than\\b', '$1 besides'],
  // "On what grounds is Y advised?" and "for what reason …" ask why; the frame names nothing to look up.
  ['\\b(?:on|upon)\\s+what\\s+(?:grounds|basis)\\b|\\bfor\\s+what\\s+reasons?\\b', 'why'],
  // Question words typed in haste ("wich", "waht", "hwo") are the question words, so the question is read as one.
  ['\\b(?:wich|whcih|whihc|wihch|whitch|whch)\\b', 'which'],
  ['\\b(?:waht|whta|wht)\\b', 'what'],
  ['\\bhwo\\b', 'how'],
  // A ticket's request label ("Need: X's data store", "Task: …") says that something is asked, not that X needs it.
  ['^\\s*(?:need(?:ed)?|request(?:ed)?|task|to-?do|action(?:\\s+item)?)\\s*:\\s+', ''],
  // A document or test named by its topic ("X's sizing guide says …", "its sizing tests") is the vendor's word or
  // work; the topic names no fact asked.
  [
    '\\b(?:sizing|installation|install|deployment|setup|set-up|configuration|config|architecture|reference|administration|admin|operations|troubleshooting|performance|capacity|scaling)\\s+(?=(?:guides?|docs?|documentation|manuals?|pages?|articles?|tests?|benchmarks?)\\b)',
    '',
  ],
  // "X can't run without Y" claims what "X requires Y" claims; put as such, the claim's negation is not read twice.
  [
    "\\b(?:can['’]?t|cannot|can\\s+not|won['’]?t|will\\s+not)\\s+(?:run|work|function|operate|start|be\\s+(?:deployed|installed|run))\\s+without\\b",
    'requires',
  ],
  // A form's "(Yes/No)" names the kind of answer wanted, and "and if so, how?" asks for the facts a yes gives anyway.
  ['\\s*\\(\\s*(?:yes\\s*/\\s*no|y\\s*/\\s*n|yes\\s+or\\s+no)\\s*\\)', ''],
  [',?\\s*(?:and\\s+)?if\\s+(?:so|yes)\\s*,?\\s*(?:how|please\\s+(?:explain|describe))\\s*\\?', '?'],
  // "I assume S. Is that correct?" puts the claim S to the reader: the opener says whose claim it is, not what is asked.
  [
    '^\\s*(?:(?:i|we)\\s+(?:assume|understand|believe|think|suppose|gather|reckon|guess)|(?:my|our)\\s+(?:understanding|assumption|impression)\\s+is)\\s+(?:that\\s+)?(?=[^?]+[.!]\\s*(?:(?:is|was)\\s+(?:that|this|it)\\s+)?(?:correct|right|true|accurate)\\s*\\?\\s*$)',
    '',
  ],
  // "Is it possible to run X …?" (or a terse "is possible run X …?") asks what "can I run X …?" asks.
  ['\\bis\\s+(?:it\\s+)?possible\\s+(?:to\\s+)?(?!(?:that|for|with|in|on|at|if|when)\\b)(?=[a-z])', 'can I '],
  // A closing "…, is that true?" (or a terse "…, is true?") checks the claim before it, as "…, right?" does.
  ["\\s*[,—–-]\\s*(?:is|isn['’]?t)\\s+(?:(?:it|this|that)\\s+)?(?:true|correct|accurate)\\s*\\?+\\s*$", ', right?'],
  // "As long as X is backed up, …" states a condition as "if X is backed up" does.
  ['\\b(?:as|so)\\s+long\\s+as\\b', 'if'],
  // A test plan's closing "- expected result: yes" says what the asker hopes to hear, which is not part of the claim.
  ['\\s*[,;:—–-]*\\s*\\bexpected(?:\\s+(?:result|outcome|answer))?\\s*[:=]?\\s*(?:yes|no|true|false|pass(?:es)?|ok)\\s*[.?!]*\\s*$', ''],
  // "Is S or not?" and "whether S or not, …" ask whether S: the closing "or not" only makes the choice explicit and
  // negates nothing.
  ['\\s*,?\\s+or\\s+not\\b(?=\\s*(?:[?.!,]|$))', ''],
  // "Please tell whether S" and "let us know if S" put the claim S to the reader, as "confirm whether S" does.
  [
    '(?<=^|[.!?:]\\s+)(?:(?:please|kindly)\\s+)?(?:(?:tell|advise|clarify|inform)(?:\\s+(?:me|us))?|let\\s+(?:me|us)\\s+know)\\s+(?:whether|if)\\s+([^?]+?)[.?!]*\\s*$',
    '$1, right?',
  ],
  // "What all parts does X need" (an English of South Asia) asks "what parts does X need"; "all three" still counts.
  ['\\b(what|which)\\s+all\\s+(?!(?:of|the|these|those|\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b)', '$1 '],
  // "Please confirm that S" puts the claim S to the reader, as "S, right?" does; "confirm whether S", "verify that S"
  // and "check that S" ask the same.
  [
    '(?<=^|[.!?:]\\s+)(?:(?:please|kindly)\\s+)?(?:confirm|verify|check|validate|double[\\s-]?check)\\s+(?:that|whether|if)\\s+([^?]+?)[.?!]*\\s*$',
    '$1, right?',
  ],
  // Without "that", a claim after "confirm" reads the same when a verb of stating follows its subject ("Confirm the X
  // by default marks …"); "confirm the version X requires" names a thing to look up, not a claim.
  [
    '(?<=^|[.!?:]\\s+)(?:(?:please|kindly)\\s+)?(?:confirm|verify|double[\\s-]?check)\\s+((?:(?:the|a|an)\\s+)?[\\w.-]+(?:\\s+[\\w.-]+){0,3}?\\s+(?:(?:by\\s+default|always|still|only)\\s+)?(?:is|are|has|needs|requires|uses|runs|keeps|stores|marks|supports|can|must|will|does)\\s+[^?]+?)[.?!]*\\s*$',
    '$1, right?',
  ],
  // "Our zone has no frob store. Does that rule out X?" asks whether X needs it (yes rules X out).
  [
    '(?:^|(?<=[.!?:]\\s))[^.!?:]*?\\b(?:has|have|is|are|offers?|with)\\s+no\\s+([^.?!]{1,60}?)(?:\\s+at\\s+all)?[.!;]\\s*(?:does|would|will|do)\\s+(?:that|this|it)\\s+rule\\s+out\\s+([^?.!]{1,60})\\?',
    'does $2 need $1?',
  ],
  // "Policy: no X allowed. Would this rule out P?" asks whether P needs X, as the rule above does.
  [
    '(?:^|(?<=[.!?]\\s))(?:constraint|policy|restriction|rule)\\s*:\\s*no\\s+([^.?!]{1,40}?)(?:\\s+(?:is\\s+)?(?:allowed|permitted))?(?:\\s+(?:anywhere|at\\s+all))?(?:\\s+(?:in|on|across)\\s+(?:our|the)\\s+[\\w-]+)?[.!;]\\s*(?:does|would|will|do)\\s+(?:that|this|it|the\\s+constraint)\\s+rule\\s+out\\s+([^?.!,]{1,60}?)(?=\\s*(?:\\?|,|\\s+and\\b))',
    'does $2 need $1',
  ],
  // A node's "spec" or "size" is its CPU and memory, not how many nodes there are.
  ['\\b(?:per[\\s-]+)?nodes?\\s+(?:specs?|specifications?|sizes?)\\b', 'node vcpu and memory'],
  // "Bigger machines" compares what each machine has, not how many there are.
  ['\\b(bigger|larger|smaller|beefier|heavier)\\s+(?:machines?|servers?|vms?)\\b', '$1 node vcpu and memory'],
  // "What reasons does X give for doing Y?" asks why X advises it, as "why does X recommend doing Y?" does.
  [
    '\\b(?:what|which)\\s+(?:are\\s+the\\s+)?(?:reasons?|rationales?|motivations?|justifications?|grounds|explanations?|arguments?)\\s+(does|do|did)\\s+([^?]{1,60}?)\\s+(?:give|offer|state|cite|list|provide|present|advance|put\\s+forward)\\s+for\\b',
    'why $1 $2 recommend',
  ],
  // "A and B both run X — what creates Y in each?": a statement (a verb after "both") ending at a dash before a question
  // is a sentence; "both in one cluster — which …" is a scope.
  [
    '(?<=\\b(?:both|all)\\s+(?!(?:in|on|at|with|for|of|the|a|an|are|is|have|need)\\b)[a-z]+\\b[^?\u2014\u2013]{3,60}?)\\s+[\u2014\u2013]\\s+(?=(?:what|which|how|where|why|who)\\b)',
    '. ',
  ],
  // "Which managed database per cloud": one answer for each cloud, as "on each cloud" asks.
  ['\\bper\\s+(?:cloud|provider|hyperscaler)s?\\b', 'on each cloud'],
  // "What is the number of X", "what number of X", "what minimum number of X": a count, as "how many X" asks. "The
  // maximum number of X" is left as written: it asks for a stated limit, which the extreme and limit rules read.
  [
    "\\bwhat(?:['’]s|\\s+is|\\s+are|\\s+was|\\s+would\\s+be|\\s+will\\s+be)?\\s+(?:the\\s+)?((?:total|overall|combined|minimum|min|smallest|fewest|least|lowest|recommended|required)\\s+)?number\\s+of\\b",
    'how many $1',
  ],
  // "How few X can it get by with" asks a count of X, as "how many X" does.
  ['\\bhow\\s+few\\b', 'how many'],
  // A questionnaire's terse "Number of X …?" asks a count too.
  ['^\\s*(?:the\\s+)?(?:total\\s+)?number\\s+of\\b', 'how many'],
  // "Someone said we must run X. Is that right?" asks whether the claim holds: "we must run X, right?", the reporter
  // and any scene words before it dropped (a claim of the asker's own is left as written).
  [
    "(?<=^|[.!?]\\s+)(?:[^.!?]*?\\b(?:someone|somebody|colleagues?|people|they|he|she|(?:the|our|my|a)\\s+[\\w-]+)\\s+(?:said|says|told\\s+(?:us|me)|claims?|claimed|insists?|insisted|mentioned)\\s+(?:that\\s+)?)([^.!?]+?)[.!]?\\s+(?:is|isn['’]t)\\s+(?:that|this|it)\\s+(?:really\\s+)?(?:right|true|correct|so)\\s*\\?+\\s*$",
    '$1, right?',
  ],
  // "X — is that what they recommend?": a dash before a yes/no question pointing back ends the topic's sentence.
  ['\\s+[\u2013\u2014-]+\\s+(?=(?:is|are)\\s+(?:that|this|those|these)\\b)', '. '],
  // What a part "takes care of" is what it handles.
  ['\\b(?:take|takes|taking|took)\\s+care\\s+of\\b', 'handle'],
  // What a vendor "wants you to use" is what it recommends.
  ['\\bwants?\\s+(?:you|us)\\s+to\\s+(?:use|run)\\b', 'recommend'],
  // "Is it true (that) S?" puts the claim S to the reader, as "S, right?" does; its "it" points at nothing.
  ['\\bis\\s+it\\s+(?:really\\s+)?(?:true|correct|right)(?!\\s+or\\b)\\s+(?:that\\s+)?([^?.!]+?)\\s*\\?', '$1, right?'],
  // "Am I right that S?" and "am I correct in thinking S?" put the claim S to the reader in the same way.
  ['\\bam\\s+i\\s+(?:right|correct)\\s+(?:in\\s+thinking\\s+|to\\s+think\\s+)?(?:that\\s+)?([^?.!]+?)\\s*\\?', '$1, right?'],
  // "Within the X deployment, which containers …" asks "which containers in the X deployment …", the parts of X.
  ['^\\s*(?:in|within|inside)\\s+(the\\s+[^,?]{1,40}?),\\s*(which|what)\\s+(containers?|pods?|parts?|components?)\\b', '$2 $3 in $1'],
  // Choices that are all numbers ("A) 25, B) 50, C) 75") are candidate answers, not loads: the stem asks alone.
  [
    '\\s*[:\\-\u2013\u2014]?\\s*\\(?a\\)\\s*[\\d.,]+(?:\\s*[a-z]{1,5})??(?:\\s*[,;]?\\s*(?:or\\s+)?\\(?[b-f]\\)\\s*[\\d.,]+(?:\\s*[a-z]{1,5})??)+\\s*(?=[?.]?\\s*$)',
    '',
  ],
  // "True or false: S" asks whether the statement holds, as "S, right?" does.
  ['^\\s*true\\s+or\\s+false\\s*[:?\\-\u2013\u2014]\\s*([^?]+?)[.!?]*\\s*$', '$1, right?'],
  // A necessity question offering a way round the part ("is X required, or may I use Y?") is answered by whether X is required.
  [
    '^([^?]*?\\b(?:is|are)\\b[^?]*?\\b(?:needed|required|necessary|mandatory))\\b,?\\s+or\\s+(?:can|could|may|do)\\s+(?:we|i|you)\\b[^?]*',
    '$1',
  ],
  // "Zero-downtime upgrades" are upgrades with no downtime: the negation the facts write ("need no downtime").
  ['\\bzero[\\s-]+downtime\\b', 'no downtime'],
  // A plus or an ampersand standing alone between two asks ("the sku + how many", "size & count") is "and".
  ['\\s+[+&]\\s+', ' and '],
  // "So X is only needed if Y?" checks what the asker has understood, as "X is only needed if Y, right?" does; a
  // question word or an opening auxiliary after "so" asks as written, once the filler rule below drops the "so".
  [
    '^\\s*(?:(?:ok(?:ay)?|alright|right)[\\s,]+)?so[\\s,]+(?![^?]*\\b(?:what|which|how|who|whom|whose|why)\\b)(?!(?:is|are|does|do|did|can|could|should|must|will|would|has|have|may|shall|need)\\b)((?:[^?.!]|\\.(?=\\S))+?)\\s*\\?+\\s*$',
    '$1, right?',
  ],
  // A DNS "entry" is a record ("CNAME entries"); elsewhere an entry is an item of a cache or a list.
  ['\\b(cname|dns|txt|mx)\\s+entries\\b', '$1 records'],
  ['\\b(cname|dns|txt|mx)\\s+entry\\b', '$1 record'],
  // A "line item" of a bill of materials or a budget is one of its parts.
  ['\\bline[\\s-]+item\\b', 'component'],
  ['\\bline[\\s-]+items\\b', 'components'],
  // A closing aim of saving ("… to save on pods?", "… to cut costs?") is why the asker asks, not more to answer.
  [
    '\\s+(?:in\\s+order\\s+)?to\\s+(?:save|cut|reduce|lower|trim)\\s+(?:on\\s+)?(?:(?:some|the|our|a|an|one)\\s+)?(?:costs?|money|pods?|nodes?|resources|spend|spending|bill|budget)\\s*(?=\\?)',
    '',
  ],
  // Spoken fillers opening a dictated question ("okay so if …", "um so what …") say nothing; "ok to …?" still asks.
  ['^(?:\\s*(?:um+|uh+|erm|hmm+|okay(?!\\s+to\\b)|ok(?!\\s+to\\b)|so|well|alright|hey|like)(?:[\\s,.]+|$))+', ''],
  // A hesitation inside one ("how many, um, nodes") says nothing either.
  ['(?:,\\s*)?\\b(?:um+|uh+|erm)\\b,?', ' '],
  // A dictated claim closing on a bare tag with no comma ("X keeps Y right", "X keeps Y doesn't it") checks the claim,
  // as "X keeps Y, right?" does; a question word or an auxiliary opening it asks as written.
  [
    '^(?!\\s*(?:what|which|how|where|when|why|who|am|is|are|was|were|do|does|did|can|could|should|will|would|has|have)\\b)((?:[^?.!,;]|\\.(?=\\S))*?[a-z0-9])\\s+(?:right|correct|yeah)\\s*\\?*\\s*$',
    '$1, right?',
  ],
  [
    "^(?!\\s*(?:what|which|how|where|when|why|who|am|is|are|was|were|do|does|did|can|could|should|will|would|has|have)\\b)((?:[^?.!,;]|\\.(?=\\S))*?[a-z0-9])\\s+((?:is|are|does|do|did|can|will|would|should|has|have|was|were)n['’]?t\\s+(?:it|they|we|there|you|i))\\s*\\?*\\s*$",
    '$1, $2?',
  ],
];

/** Phrases meaning "by default" ("out of the box"), as regular expressions over lower-cased text. */
export const defaultPhrases: string[] = ['\\bout[\\s-]+of[\\s-]+the[\\s-]+box\\b'];

/** Phrases rewritten before words are split (regular expressions over lower-cased text, replacement text). */
export const phrases: [string, string][] = [
  // Chat shorthand: "w/o" is without, "w/" with, "rn" right now.
  ['(?<![\\w/])w/o\\b', ' without '],
  // "Run it with no cache" lacks the cache as "without a cache" does.
  ['\\bwith\\s+no\\b', ' without '],
  ['(?<![\\w/])w/(?=\\s|$)', ' with '],
  ['\\brn\\b', ' now '],
  // "For a quick local test" is a trial run of the reader's own, not the vendor's tested configuration.
  [
    '\\bfor\\s+(?:a|an|my|our|the)\\s+(?:(?:quick|small|simple|local|short|throwaway|first)\\s+){0,3}(?:test|trial|try[\\s-]?out|experiment)\\b',
    'for a pilot',
  ],
  // The objectives of recovery written out in full (point, time) are the RPO and RTO no vendor document states.
  ['\\brecovery\\s+(?:point|time)(?:\\s+(?:and|or|&)\\s+(?:recovery\\s+)?(?:point|time))?\\s+objectives?\\b', ' rpo rto '],
  ['\\bhigh(?:ly)?[\\s-]*availab(?:ility|le)\\b', ' ha '],
  ['\\bgoogle\\s+cloud(?:\\s+platform)?\\b', ' gcp '],
  ['\\bamazon\\s+web\\s+services\\b', ' aws '],
  // A "hard dependency" of a deployment is a part it requires; a chart's "dependency" alone is only what it ships.
  ['\\bhard[\\s-]+(?:dependency|dependencies|requirement|prerequisite)\\b', ' required '],
  ['\\belastic\\s*search\\b', ' elasticsearch '],
  ['\\bpostgres\\s*sql\\b', ' postgresql '],
  ['\\bmongo\\s*db\\b', ' mongodb '],
  // A virtual machine is a VM, as the sources write it in layout names ("Linux VM").
  ['\\bvirtual\\s+machines?\\b', ' vm machine '],
  // A data centre is what the sources pair with an availability zone ("across zones or data centers"): one site.
  ['\\bdata[\\s-]*cent(?:er|re)s?\\b', ' zone '],
  // Scaling "automatically" (or "auto-scaling") is autoscaling.
  [
    '\\b(?:auto[\\s-]+scal(?:e|es|ed|ing)|scal(?:e|es|ed|ing)\\s+(?:up\\s+|out\\s+)?automatically|automatically\\s+scal(?:e|es|ed|ing))\\b',
    ' autoscaling ',
  ],
  ['\\bnode\\s*\\.?\\s*js\\b', ' nodejs '],
  ['\\bci\\s*/\\s*cd\\b', ' ci cd '],
  ['\\bdns\\s+entr(?:y|ies)\\b', ' dns record '],
  // "Long-term support" releases are what the sources call LTS versions.
  ['\\blong[\\s-]*term[\\s-]*support(?:ed)?\\b', ' lts '],
  // The "moving parts" of a deployment are its components.
  ['\\bmoving[\\s-]+parts?\\b', ' components '],
  // Entries "in our DNS" are DNS records too, though words stand between; a "web address" is a domain name.
  ['\\bentr(?:y|ies)\\b(?=[^?.!]{0,40}\\bdns\\b)', ' record '],
  ['\\bweb[\\s-]*addresse?s?\\b|\\bweb[\\s-]*adresse?s?\\b', ' domain '],
  // "Prereqs" is the short form of prerequisites.
  ['\\bpre-?reqs?\\b', ' prerequisites '],
  // "Size" as a verb ("how should I size it", "size or tier that cache") asks for a sizing rule as "sizing" does.
  [
    '(?<=\\b(?:to|i|we|you|they|should|must|do|does|can|would|how)\\s+)size(?=\\s+(?:it|them|that|this|these|those|the|its|their|our|each|or)\\b)',
    'sizing',
  ],
  ['\\bmulti[\\s-]*az\\b', ' multiaz zone '],
  // "Single-AZ" (or "singleAZ") names the deployment mode Multi-AZ is the opposite of; a spaced "single AZ" counts one zone.
  ['\\bsingle-?az\\b', ' singleaz zone '],
  // "10 min" after a number is minutes, not a minimum ("restarted 10 min ago").
  ['\\b(\\d+|qnum\\d+q)\\s*mins?\\b', '$1 minutes'],
  // "Inside the architecture" only says where, as "in the architecture" does; no fact writes it.
  ['\\b(?:inside|within)\\s+(?=(?:the|its|their|this|our|your)\\s+(?:architecture|deployment|setup|stack|layout)\\b)', ' in '],
  // "tops out at 2 GB" states a maximum.
  ['\\b(?:tops?|maxe?s?|caps?)\\s+out\\b', ' maximum '],
  // "How big does it start out" asks for its default size; the largest size the vendor would let a thing reach is
  // its recommended maximum.
  [
    '\\bhow\\s+(?:big|large)\\s+(?:does|do|will|would)\\s+((?:[^\\s?,;]+\\s+){1,8}?)start(?:s|ed)?\\s+(?:out|off)\\b',
    ' what default size $1',
  ],
  [
    '\\b(?:largest|biggest)\\s+(?:size\\s+)?(?:they|the\\s+vendor|it|\\w+)\\s+recommends?\\s+(?:letting|allowing|lets|allows)\\s+(?:it|them)\\s+(?:to\\s+)?(?:get|grow|become|reach)\\b',
    ' recommended maximum size ',
  ],
  // "How large can it grow" asks for the largest size it should reach.
  [
    '\\bhow\\s+(?:large|big)\\s+(?:can|could|may|should|is\\s+it\\s+ok\\s+to\\s+let)\\s+(?:\\S+\\s+){1,4}?(?:grow|get|become)\\b',
    ' maximum size ',
  ],
  // A "rate limit" throttles requests: one word, never the limit side of a CPU or memory figure.
  ['\\brate[\\s-]*limit(?:s|ed|ing|er|ers)?\\b', ' ratelimit '],
  ['\\bback(?:ed|ing)?[\\s-]+up\\b', ' backup '],
  // A "bill of materials" lists what a deployment needs, not what it costs.
  ['\\bbills?\\s+of\\s+materials?\\b', ' deployment '],
  // Users "logged out" or "kicked out" lost their sessions.
  ['\\b(?:log(?:ged|s)?|sign(?:ed|s)?|kick(?:ed|s)?)\\s+(?:\\S+\\s+)?out\\b', ' lose session '],
  // Users who "had to sign in again" or "log back in" lost their sessions too.
  [
    '\\b(?:log(?:ged|s|ging)?|sign(?:ed|s|ing)?)\\s+(?:back\\s+)?in\\s+again\\b|\\b(?:log(?:ged|s|ging)?|sign(?:ed|s|ing)?)\\s+back\\s+in\\b',
    ' lose session ',
  ],
  // "End of life" is one thing, not the words "end" ("end to end") and "life".
  ['\\bend[\\s-]+of[\\s-]+life\\b', ' eol '],
  // "What does it do under the hood" asks what it does; the idiom names nothing.
  ['\\bunder\\s+the\\s+hood\\b', ' '],
  // "What goes wrong if …" asks how it fails.
  ['\\b(?:go|goes|went|going)\\s+wrong\\b', ' fail '],
  // A part that "comes into play" or "kicks in" is one that is needed.
  ['\\b(?:come|comes|coming|came)\\s+into\\s+(?:play|use|the\\s+picture)\\b|\\bkicks?\\s+in\\b', ' required '],
  // "What's wrong?" or "what is the problem?" after a symptom asks for the limitation the setup runs into.
  ["\\bwhat(?:['\u2019]s|\\s+is|\\s+could\\s+be)\\s+(?:wrong|the\\s+(?:problem|issue|cause))\\b", ' what limitation '],
  // "3 of us" counts people, as "3 people" does (a figure is read before the phrases, so any word holding a digit).
  ['\\b(\\w*\\d\\w*)\\s+of\\s+us\\b', ' $1 people '],
  // People counted as working simultaneously ("… at the same time") are concurrent ones.
  ['\\bat\\s+the\\s+same\\s+time\\b', ' concurrent '],
  // "Per user per month", "how much is a licence" and "how much is enterprise support" ask a price, unlike "which
  // licence" or "how much memory per user".
  ['\\bper\\s+(?:user|seat|head)\\s+(?:per|a|an)\\s+(?:month|year)\\b', '$& price'],
  [
    '\\bhow\\s+much\\s+(?:is|are|does|do|would|will)\\s+(?:\\S+\\s+){0,4}?(?:licen[cs]es?|(?:enterprise|commercial|paid|premium)\\s+support)\\b',
    '$& price',
  ],
  // "How much does it charge", "what do they charge per user": a price, unlike "in charge of".
  ['\\b(?:how\\s+much|what)\\s+(?:do|does|did|will|would)\\s+(?:\\S+\\s+){0,3}charge\\b', ' how much price '],
  // "When does it start to be a problem", "becomes a bottleneck": a limitation the source states.
  [
    '\\b(?:start(?:s|ing)?\\s+to\\s+be|begin(?:s|ning)?\\s+to\\s+be|become(?:s)?|becoming)\\s+(?:a\\s+)?(?:problem|issue|bottleneck)s?\\b',
    ' limitation ',
  ],
  // "At what point does it start to hurt?" asks the same.
  ['\\b(?:start(?:s|ing)?|begin(?:s|ning)?)\\s+to\\s+(?:hurt|bite|break\\s+down|struggle)\\b', ' limitation '],
  // "When does it stop being fine", "is no longer enough": the point where what it offers stops sufficing, a limitation.
  [
    '\\b(?:stop(?:s|ped|ping)?\\s+being|(?:is|are|isn.t|aren.t)\\s+no\\s+longer|no\\s+longer)\\s+(?:fine|enough|sufficient|adequate|good\\s+enough|ok|okay)\\b',
    ' limitation ',
  ],
  // "The oldest Kubernetes release it installs on", "which releases are supported", "which Frob and Boxstack releases"
  // ask for a version; "pull from the vendor's releases" and "what the release notes say" do not.
  [
    '(?<=\\b(?:oldest|newest|latest|earliest|minimum|lowest|highest|lts|stable|major|minor)\\s+(?:[\\w.-]+\\s+)?)releases?\\b|(?<=\\b(?:which|what)\\s+(?:[\\w.-]+\\s+){0,3})releases?(?!\\s+notes?\\b)\\b|\\breleases?(?=\\s+(?:is|are)\\s+(?:still\\s+)?supported\\b)',
    ' release version ',
  ],
  // "The newest database we may use", "the oldest cluster it runs on": the newest or oldest of a named thing is a version.
  ['\\b(newest|oldest|latest|earliest)\\s+([\\w.-]+)\\b(?!\\s+(?:version|release|[\\w.-]+\\s+version)s?\\b)', '$1 $2 version'],
  // "What changed for X" asks what the source says about X; the verb is the question's frame, not a word to look up.
  ['\\bwhat\\s+(?:has\\s+|have\\s+|will\\s+)?chang(?:e|es|ed)\\b', ' what '],
  // "What must be in place before X works" asks for what X requires.
  ['\\b(?:has|have|needs?|must)\\s+to\\s+be\\s+in\\s+place\\b', ' requirement '],
  // "How long is it supported" asks for a timespan, which a fact gives in days to years (seconds are mostly rates: "per
  // second"); the concept word is one no name uses.
  ['\\bhow\\s+long\\b', ' how long timespan '],
  ['\\b(?:months?|years?|weeks?|days?)\\b', '$& timespan'],
  // "Does it ship its own database", "comes with one": a component bundled with the product.
  ['\\b(?:ships?|shipped|comes?)\\s+with\\b|\\b(?:ships?|shipped)\\s+(?:its|their)\\s+own\\b', ' bundled '],
  // "Any red flags?" asks for the caveats of a plan; the colour is no part of it.
  ['\\bred\\s+flags?\\b', ' caveats '],
  // "How far back can we restore" asks for the point in time a restore reaches.
  ['\\bhow\\s+far\\s+back\\b', ' what point in time '],
  // "Does the chart still ship X" asks whether X comes with it; shipping something to a place is sending it.
  ['\\bships?\\b(?=\\s+\\S)(?![^.?!,;]{0,40}\\b(?:to|into|off|out)\\b)', ' bundles '],
  // "Add up", "added together" ask for a sum; a bare "add" ("does it add a dependency?") is a verb like any other.
  ['\\badd(?:s|ed|ing)?\\s+(?:(?:it|them|these|those|everything|all)\\s+)?up\\b', ' total '],
  // "Without taking it down" asks about downtime.
  ['\\b(?:take|takes|taking|took|bring|brings|bringing|brought)\\s+(?:it|them|\\w+)\\s+down\\b', ' downtime '],
  // "Use X instead of Y" asks for an alternative to Y ("named as an alternative store").
  ['\\binstead\\s+of\\b', ' instead alternative '],
  // "Swap in X for Y" puts X in Y's place: the other way round from "swap X for Y".
  ['\\b(?:swap|swapping)\\s+in\\s+([^.?!;]{1,60}?)\\s+for\\s+([^.?!;]{1,60})', ' use $1 instead alternative $2 '],
  // "Swap X for Y", "replace X with Y" ask for Y in X's place, as "use Y instead of X" does.
  [
    '\\b(?:swap|swapping|replace|replacing)\\s+(?:out\\s+)?([^.?!;]{1,60}?)\\s+(?:for|with)\\s+([^.?!;]{1,60})',
    ' use $2 instead alternative $1 ',
  ],
  // A "stepping-stone" or "stop-over" version is one to upgrade to first.
  ['\\bstepping[\\s-]*stones?\\b|\\bstop[\\s-]*overs?\\b', ' intermediate upgrade '],
  ['\\bavailability[\\s-]+zones?\\b', ' zone '],
  // "At least 3 zones" states a minimum; read alone, "least" asks for the smallest.
  ['\\bat\\s+least\\b', ' minimum '],
  // "A sits in front of B" says "B runs behind A": either wording meets the other.
  ['\\bin\\s+front\\s+of\\b', ' front behind '],
  // "Load inputs", "load measures", "load factors": what sizing is worked out from, the vendor's load drivers.
  ['\\bload\\s+(?:inputs?|measures?|metrics?|drivers?|factors?)\\b', ' sized by driver measure '],
  // A "healthcheck" written as one word is a health check.
  ['\\bhealthchecks?\\b', ' health check '],
  // Being "on call" is being on duty, not a call between parts.
  ['\\bon[\\s-]+call\\b', ' on duty '],
  // "What does the layout call for" asks what it needs.
  ['\\bcall(?:s|ed)?\\s+for\\b', ' need '],
  ['\\bsingle\\s+sign[\\s-]*on\\b', ' sso '],
  // People "signing in" or "logging in" are logins, the word the load drivers count; the words stay too. Other forms
  // are left as written: "logs in" may be the noun ("the logs in a volume").
  ['\\bsigning[\\s-]+(in|on)\\b', ' sign $1 login '],
  ['\\blogging[\\s-]+(in|on)\\b', ' log $1 login '],
  // "150 people a second" gives a rate, as "per second" does; only after a figure, since "a second site" counts one more.
  ['\\b(qnum\\d+q(?:\\s+[\\w-]+){0,3}?)\\s+(?:a|each|every)\\s+second\\b', '$1 per second'],
  // So do "a minute", "an hour" and "a day" after a figure, which the engine converts to a driver's unit of time.
  ['\\b(qnum\\d+q(?:\\s+[\\w-]+){0,3}?)\\s+(?:a|an|each|every)\\s+(minute|hour|day)\\b', '$1 per $2'],
  // In plain language the nodes counted are "servers" or "machines": "how many servers" asks for a node count.
  ['\\b(?:how\\s+many|number\\s+of)\\s+(?:[\\w-]+\\s+)?(?:servers|machines|boxes|hosts)\\b', '$& nodes'],
  // Staying up "when one fails" or "if one machine dies" is high availability.
  [
    '\\b(?:stay|stays|keep|keeps|remain|remains)\\s+(?:up|running|working|online|available)\\s+(?:if|when|after|should)\\s+(?:one|a|any|a\\s+single)\\s+(?:[\\w-]+\\s+)?(?:fails|dies|goes\\s+down|crashes|breaks)\\b',
    ' ha ',
  ],
  // Taking something offline, or "knocking it offline", is downtime.
  ['\\b(?:tak(?:e|es|ing|en)|took|knock(?:s|ed|ing)?|put(?:s|ting)?)\\s+(?:[\\w-]+\\s+){0,3}?offline\\b', ' downtime '],
  // "Need X for Y to work (at all)" asks what "need X for Y" asks: the clause only says what the need is for.
  ['\\bfor\\s+((?:[\\w-]+\\s+){1,3}?)to\\s+(?:work|run|function|operate|start\\s+up)(?:\\s+at\\s+all)?\\b', ' for $1'],
  // Things "nobody uses any more" are unused ones.
  [
    '\\b(?:that\\s+|which\\s+)?(?:nobody|no[\\s-]+one)\\s+(?:uses|is\\s+using|has\\s+used|opens|starts|touches)(?:\\s+any\\s*more)?\\b',
    ' unused ',
  ],
  ['\\bvirtual\\s+cpus?\\b', ' vcpu '],
  ['\\bper\\s+sec(?:ond)?\\b', ' per second '],
  ['/\\s*s(?:ec|econd)?\\b', ' per second '],
  // "Requests/min" and "logins/hr" are rates too, not a minimum.
  ['/\\s*min(?:ute)?s?\\b', ' per minute '],
  ['(?:/|\\bper\\s+)\\s*(?:h|hrs?|hours?)\\b', ' per hour '],
  ['\\brequests?\\s*/\\s*s\\b', ' request per second '],
  ['\\breq\\s*/\\s*s\\b', ' request per second '],
  // "reqs" before "per" counts requests; elsewhere it may be requirements.
  ['\\breqs?\\s+per\\b', ' request per '],
  ['\\bk8s\\b', ' kubernetes '],
  // The common abbreviation for a single point of failure.
  ['\\bspofs?\\b', ' single point of failure '],
  ['\\bhead[\\s-]*room\\b', ' headroom '],
  ['\\bclean(?:s|ed|ing)?[\\s-]*up\\b', ' cleanup '],
  // "Which store does each one rely on?" asks which one each uses, as "which store does each use" does.
  [
    '\\b(which|what)\\s+(?:kind|type|sort)?\\s*(?:of\\s+)?([\\w-]+)\\s+(does|do)\\s+(each(?:\\s+one)?|they|both|the\\s+two)\\s+rel(?:y|ies)\\s+on\\b',
    '$1 $2 $3 $4 use',
  ],
  // "Can we keep using X", "keep relying on X" ask whether X will still do, as "can we use X" does; "does X rely on Y"
  // stays a dependency.
  ['\\b(keep|continue|still)\\s+(?:to\\s+)?(?:rel(?:y|ying)\\s+on|us(?:e|ing))\\b', ' $1 use '],
  // After a symptom, asking for any way of stopping it, or how to avoid it, asks for the option or advice the sources give
  // against it; the frame words ask nothing of their own.
  [
    '\\b(?:is\\s+there\\s+(?:a|any)\\s+way\\s+to\\s+(?:stop|prevent|avoid)|(?:how\\s+(?:do|can|could|should|would)\\s+(?:we|i|you|one)|what\\s+(?:do|can|should)\\s+(?:we|i|you)\\s+do\\s+to)\\s+(?:prevent|avoid))\\s+(?:that|this|it)(?:\\s+from\\s+happening)?(?:\\s+(?:again|next\\s+time|in\\s+future|in\\s+the\\s+future))?',
    ' what option recommendation ',
  ],
  // What is "torn down" is destroyed.
  ['\\b(?:tear|tears|tore|torn|tearing)\\s+down\\b', ' destroy '],
  // "If we lost X, what would be gone?" asks what X keeps.
  ['\\bwhat\\s+(?:would|will|do|does|did|is|are|gets?)\\s+(?:\\w+\\s+){0,2}?(?:be\\s+)?(?:gone|lost)\\b', ' what stores '],
  // "Move the database out (of X)", "split it out": run it on its own, outside, as an external part.
  [
    '\\b(?:move|moves|moved|moving|split|splits|splitting|break|breaks|breaking)\\s+((?:[\\w-]+\\s+){0,3}?)out\\b(?:\\s+of\\b)?',
    ' $1 external ',
  ],
  // "Run X outside the server" (or "outside of the cluster"): run it as an external part.
  [
    '\\b(?:run|runs|running|host|hosts|hosting|deploy|deploys|deploying|put|putting)\\s+((?:[\\w-]+\\s+){0,3}?)outside\\s+(?:of\\s+)?',
    ' $1 external ',
  ],
  ['\\bup[\\s-]*time\\b', ' uptime '],
  ['\\bdocker[\\s-]*compose\\b', ' docker compose '],
  ['\\bplug[\\s-]*in\\b', ' plugin '],
  ['\\bon[\\s-]*prem(?:ises?)?\\b', ' self managed '],
  ['\\bself[\\s-]*managed\\b', ' self managed '],
  ['\\bself[\\s-]*host(?:ed|ing)?\\b', ' self hosted '],
  // Workers "in their own containers" run in separate ones.
  ['\\b(in|on)\\s+(?:its|their|a)\\s+own\\s+(containers?|pods?|nodes?|vms?)\\b', ' $1 separate $2 '],
  // Running it "on our own infrastructure" or "our own servers" is hosting it yourself.
  [
    '\\b(?:on|in|with)\\s+(?:our|my|your|their)\\s+own\\s+(?:infrastructure|infra|servers?|hardware|machines|data\\s*cent(?:er|re)s?)\\b',
    ' self hosted ',
  ],
  // Monthly active users are users: a load, not a bill.
  ['\\bmonthly\\s+active\\s+users?\\b', ' users '],
  ['\\bmaus?\\b', ' users '],
  ['\\b(?:turn|switch)(?:s|ed|ing)?\\s+(?:(?:it|them|that|this|those|these)\\s+)?off\\b', ' disable '],
  ['\\b(?:turn|switch)(?:s|ed|ing)?\\s+(?:(?:it|them|that|this|those|these)\\s+)?on\\b', ' enable '],
  // "Keep the latency under 10 ms" holds a figure within a bound; it keeps nothing stored.
  ['\\bkeep(?:s|ing)?\\b(?=[^.?!,;]{1,40}?\\b(?:under|below|within|less\\s+than|at\\s+most)\\b)', ' have '],
  // "How does the vendor expect us to handle X?" asks for its advice on X; "we expect 50 users" only states a load.
  ['\\bexpects?\\s+(?:us|you|me|them)\\s+to\\b', ' recommend '],
  ['\\bmore\\s+than\\s+one\\b', ' several '],
  // "What ends up in the database?" and "what lives in it?" ask what it stores.
  ['\\bend(?:s|ed)?\\s+up\\s+(?:in|on)\\b', ' stored in '],
  ['\\b(?:lives?|living|sits?|resides?)\\s+(?:in|on|inside)\\b', ' stored in '],
  // "Do I have to run X?" opening a question asks whether X is required; mid-sentence it only means "must list".
  [
    '(^|[,:;.?!]\\s*)(do|does|did)\\s+(i|we|you|it|they|one)\\s+(?:(?:really|still|actually|also|even)\\s+)?(?:have|need)\\s+to\\b',
    '$1 $2 $3 must ',
  ],
  // "We still have to run X" mid-sentence says X must run, as "do we have to run X" does at a clause's start.
  ['\\b(?:have|has)\\s+to\\s+(?=(?:run|deploy|install|keep|operate|host|provision)\\b)', ' must '],
  // "(for it) to work" closing a clause only says what the thing is needed for; "work" is not something asked about.
  ['\\bto\\s+(?:work|function|operate)(?:\\s+(?:properly|correctly))?(?=\\s*(?:[?.!,;]|$))', ' '],
  // "X or some other Y" names Y by an example; it does not ask about something besides Y.
  ['\\bor\\s+(?:some|any|an|a|one)?\\s*(?:other|another)\\b', ' or '],
  // "What do I need for X?" asks for X's requirements, not whether something is needed.
  ['\\bwhat\\s+(?:do|does|would|will)\\s+(?:i|we|you|one|it)\\s+need\\s+(for|to)\\b', ' what requirement $1 '],
  // "The most replicas it can scale to" asks for the maximum.
  ['\\b(?:the\\s+)?most\\s+(replicas?|pods?|instances?|nodes?|workers?)\\b', ' maximum $1 '],
  // "Instance type", "node class" ask for a size name such as a cloud SKU.
  ['\\b(instances?|nodes?|machines?|vms?)\\s+(types?|class(?:es)?|famil(?:y|ies))\\b', ' $1 $2 sku '],
  ['\\bsize\\s+((?:of\\s+)?(?:[a-z0-9-]+\\s+){0,2}?)(instances?|machines?|vms?|servers?)\\b', ' sku $1$2 '],
  ['\\b(instances?|machines?|vms?)\\s+sizes?\\b', ' $1 sku '],
  // "Don't need" is a negation whatever the apostrophe.
  ["\\b(?:don['\u2019]?t|doesn['\u2019]?t|do\\s+not|does\\s+not)\\s+(need|require|use|run)\\b", ' not $1 '],
  // "Without taking it down" is what sources call no downtime.
  ['\\b(?:take|takes|taking|took|taken|bring|brings|bringing|brought)\\s+(?:it|them|\\w+)\\s+down\\b', ' downtime '],
  // "Which parts can we leave out?" asks what can be skipped; "leave X out" stays a phrase that excludes X.
  ['\\b(?:leave|leaves|leaving|left)\\s+out\\b', ' skip '],
  // "To save effort" or "to save time" is why the asker asks, not something a deployment has.
  ['\\bto\\s+save\\s+(?:(?:some|a\\s+bit\\s+of|us|me)\\s+)?(?:effort|time|work|hassle|trouble)\\b', ' '],
  // "Does X want me running Y?" asks whether X needs Y.
  ['\\bwants?\\s+(?:me|us|you)\\s+(?:to\\s+)?(?:run|running|use|using|have|having|deploy|deploying)\\b', ' need '],
  // A "config change" is a setting to make.
  ['\\bconfig(?:uration)?\\s+changes?\\b', ' settings '],
  // What comes "out of the box" is what a product does by default.
  ...defaultPhrases.map((pattern): [string, string] => [pattern, ' by default ']),
  // A feature "on by default" is one enabled by default, as sources write it.
  ['\\bon\\s+by\\s+default\\b', ' enabled by default '],
  // "Jump straight to the latest release" is an upgrade that skips the ones between.
  ['\\bjump(?:s|ed|ing)?\\s+(?:(?:straight|directly|right)\\s+)?(?:up\\s+)?to\\b', ' upgrade directly to '],
  // A comparison sheet's own labels ("row 'HA':", "the sizing col —") only frame the topic written beside them.
  // After a determiner ("in that row?") it is a noun of its own.
  [
    '(?<!\\b(?:the|that|this|these|those|a|an|each|every|which|what|one)\\s+)\\b(?:rows?|cols?|columns?)\\s*(?=[\'"\u2018\u201c]|[:?\u2014\u2013]|-\\s)',
    ' ',
  ],
  // A "form factor" of an install is the shape a deployment takes: its options.
  ['\\bform\\s+factors?\\b', ' deployment options '],
  ['\\s\\+\\s', ' plus '],
  ['\\s&\\s', ' and '],
  // "Core" is CPU only next to a count or a resource word ("4 cores", "CPU cores", "cores and RAM"); "core components" are
  // essential. Plural "cores" ("DB cores") always counts CPU.
  [
    '(?<!\\d\\s*|\\dq\\s*|\\b(?:v?cpu|many|much|of|total|per|and|or|ram|memory|mem)\\s+)\\bcore\\b(?!\\s+(?:count|per|each|of)\\b)(?!\\s*(?:and|or|/|,)\\s*(?:ram|memory|mem)\\b)',
    ' essential ',
  ],
  // "At what user count …" asks for the threshold at which something changes.
  ['\\bat\\s+(?:what|which|how\\s+many)\\s+(\\w+\\s+)?(?:count|number|point|scale|size|load|level|users)\\b', ' threshold $1 '],
  // A chart or image that "installs its own" X bundles X.
  ['\\binstall(?:s|ed)?\\s+(its|their)\\s+own\\b', 'bundle $1 own'],
  // "Do we need it at all?" is emphasis, not a request to add everything up.
  ['\\bat\\s+all\\b', ' '],
  ['\\bhow\\s+often\\b', ' how often every '],
  // A "cadence" is how often something happens ("the release cadence").
  ['\\bcadence\\b', ' cadence how often every '],
  // "across two regions" asks about a multi-region layout; the number stays for any arithmetic.
  ['\\b(two|2|three|3|four|4)\\s+(regions?|sites?|clusters?|data\\s*cent(?:er|re)s?)\\b', ' $1 multi $2 '],
  // "How many clusters" asks for a count, not about a multi-cluster layout.
  ['(?<!\\bhow\\s+)\\b(?:multiple|many|more\\s+than\\s+one)\\s+(regions?|sites?|clusters?|data\\s*cent(?:er|re)s?)\\b', ' multi $1 '],
  // "BE" is the backend only next to "FE"; anywhere else "be" is the verb ("can be deployed").
  ['\\bfe\\s*(?:<->|<-|->|/|&|and|to|-)\\s*be\\b', ' frontend backend '],
  ['\\bbe\\s*(?:<->|<-|->|/|&|and|to|-)\\s*fe\\b', ' backend frontend '],
];

/** Words that carry no meaning for lookup. */
export const stopwords: string[] = [
  // The wildcard of a version line ("2.x", "Redis 6.x"): a question about 2.x is not about every 6.x.
  'x',
  // "According to the guide" frames a question, and "particularly" or "especially" only stresses a word; what a guide
  // "identifies as" the answer is what it says.
  'identify',
  'identifies',
  'identified',
  'according',
  'particularly',
  'especially',
  'own',
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'and',
  'or',
  'but',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'who',
  'whom',
  'how',
  'why',
  'when',
  'where',
  'do',
  'does',
  'did',
  'can',
  'could',
  'should',
  'would',
  'will',
  'shall',
  'may',
  'might',
  'i',
  'we',
  'you',
  'they',
  'me',
  'my',
  'our',
  'your',
  'their',
  'there',
  'here',
  'about',
  'regarding',
  // "Stop that happening", "everyone was logged out": the event and the people it hit, not a thing to look up.
  'happen',
  'happens',
  'happened',
  'happening',
  'everyone',
  'everybody',
  'concerning',
  'tell',
  'please',
  'kindly',
  'hey',
  'hi',
  'hello',
  'thanks',
  'much',
  'many',
  'any',
  'some',
  'each',
  'from',
  'into',
  'than',
  'rather',
  'then',
  'so',
  'if',
  'as',
  'also',
  'get',
  'give',
  'show',
  'list',
  'know',
  'want',
  'have',
  'has',
  'had',
  'am',
  'doesn',
  'isn',
  'don',
  'won',
  'aren',
  'wasn',
  'weren',
  'didn',
  'wouldn',
  'shouldn',
  'couldn',
  'hasn',
  'haven',
  'worried',
  'worry',
  'concerned',
  't',
  's',
  'd',
  'll',
  're',
  've',
  'exactly',
  'really',
  'actually',
  'entirely',
  'completely',
  'totally',
  'very',
  // Being "on call" (read as on duty) is the asker's situation, never what is asked about.
  'duty',
  'just',
  'kind',
  'sort',
  'thing',
  'stuff',
  'anything',
  'something',
  'whether',
  'vendor',
  'say',
  'says',
  'said',
  'docs',
  'doc',
  'documentation',
  'guide',
  'page',
  'like',
  'need',
  'needs',
  'needed',
  'use',
  'uses',
  'used',
  'using',
  'go',
  'going',
  'put',
  'let',
  'make',
  'still',
  'even',
  'only',
  'just',
  'right',
  'now',
  'ok',
  'okay',
  // Like "ok", a judgement the answer's yes or no gives ("is 13 fine for X?"), not a word a fact must hold.
  'fine',
  'acceptable',
  'adequate',
  'currently',
  'think',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'team',
  'folks',
  'us',
  'them',
  'it',
  'thing',
  'one',
  'etc',
  'e',
  'g',
  'eg',
  'ie',
  'archkb',
  // "On the standby side" says where the asker stands; no fact speaks of sides.
  'side',
  'vs',
  'versus',
  'compare',
  'compared',
  'comparison',
];

/** Words that ask for a kind of fact (attribute cues); the engine prefers facts of the attributes a question names. */
export const attributeCues: Record<string, string[]> = {
  purpose: [
    'purpose',
    'why',
    'role',
    'used',
    'job',
    'function',
    'responsible',
    'used',
    'for',
    'store',
    'stores',
    'keep',
    'keeps',
    'hold',
    'holds',
    'handle',
    'handles',
    'doing',
    'do',
    'does',
    'what',
    'provide',
    'provides',
    'offer',
    'offers',
    'contribute',
    'contributes',
    'bring',
    'brings',
    'capability',
    'capabilities',
  ],
  necessity: [
    'required',
    'require',
    'requires',
    'optional',
    'mandatory',
    'necessary',
    'need',
    'needs',
    'skip',
    'without',
    'essential',
    'conditional',
    'condition',
    'conditions',
    'when',
    'always',
  ],
  requirement: [
    'requirement',
    'requirements',
    'require',
    'requires',
    'minimum',
    'size',
    'sizing',
    'specs',
    'memory',
    'vcpu',
    'storage',
    'node',
    'nodes',
    'iops',
    'disk',
    'instance',
    'sku',
    'footprint',
    'capacity',
    'version',
    'versions',
    // "Which needs the newer PostgreSQL?" asks for the versions each requires.
    'newer',
    'older',
    'os',
    'linux',
    'prerequisite',
    'resources',
    'request',
    'limit',
  ],
  'sizing-rule': ['per', 'each', 'for', 'sizing', 'rule', 'allocate', 'scale', 'grow', 'load', 'second'],
  'limit-rule': ['limit', 'headroom', 'heap', 'non', 'spike', 'peak'],
  threshold: ['above', 'threshold', 'more', 'beyond', 'exceed', 'over', 'expecting', 'when', 'queue', 'past', 'worth'],
  'rated-load': ['tested', 'test', 'load', 'scaled', 'maximum', 'maximums', 'limit', 'limits', 'handle', 'handles', 'sustain', 'serve'],
  examples: ['example', 'examples', 'kind', 'which', 'such', 'supported', 'support', 'options', 'choice', 'products'],
  'managed-service': [
    'managed',
    'service',
    'services',
    'cloud',
    'aws',
    'azure',
    'gcp',
    'sku',
    'tier',
    'rds',
    'elasticache',
    'memorystore',
    // "Which database does the Azure layout assume": a layout for a cloud assumes that cloud's managed service.
    'assume',
    'assumes',
    'assumed',
  ],
  incompatibility: ['supported', 'support', 'unsupported', 'compatible', 'incompatible', 'work', 'works', 'cluster', 'sentinel'],
  placement: ['subnet', 'public', 'private', 'internet', 'where', 'placement', 'face', 'exposed'],
  runtime: ['down', 'outage', 'restart', 'startup', 'start', 'survive', 'keep', 'running', 'unavailable', 'time', 'up'],
  port: ['port', 'ports', 'listen', 'listens', 'expose', 'exposes'],
  setting: [
    'setting',
    'settings',
    'variables',
    'set',
    'enable',
    'enabled',
    'disable',
    'variable',
    'environment',
    'value',
    'values',
    'configure',
    'flag',
    'default',
    'policy',
    'timeout',
    'period',
    'helm',
    'switch',
  ],
  dns: ['dns', 'cname', 'record', 'records', 'domain', 'subdomain'],
  note: [
    'recommend',
    'recommends',
    'recommendation',
    'suggest',
    'suggests',
    'suggestion',
    'advise',
    'advises',
    'should',
    'must',
    'warning',
    'never',
    'advice',
    'stance',
    'tip',
    'best',
    'practice',
    'limitation',
    'caveat',
  ],
  edition: ['edition', 'enterprise', 'licence', 'license', 'plan', 'paid'],
  'load-driver': ['measure', 'measures', 'metric', 'sizes', 'driver', 'drivers', 'factor', 'factors', 'input', 'inputs'],
  zones: ['zone', 'zones', 'az'],
  regions: ['region', 'regions'],
  host: ['bundled', 'together', 'same', 'one', 'single', 'box', 'co', 'located'],
  conflict: ['conflict', 'contradict', 'disagree', 'differ'],
  connection: [
    'connect',
    'connects',
    'connected',
    'connection',
    'connections',
    'talk',
    'talks',
    'communicate',
    'communicates',
    'flow',
    'between',
    'access',
    'reach',
    'calls',
    'protocol',
    'protocols',
    // "Which parts depend on the database?" asks what the model links to it.
    'depend',
    'depends',
  ],
  technology: ['technology', 'built', 'written', 'language', 'kind', 'type', 'framework', 'frameworks'],
  summary: ['overview', 'what', 'describe', 'variant', 'deploy', 'deployed', 'layout'],
  role: ['kind'],
  group: ['components', 'pieces', 'parts', 'services', 'layer', 'group', 'tier', 'pods', 'list', 'stack', 'networking'],
  components: ['components', 'pieces', 'parts', 'stack', 'services', 'consist', 'consists', 'made', 'deploys', 'runs'],
  variants: ['variant', 'variants', 'edition', 'editions', 'deployments', 'options', 'topologies', 'layouts', 'tiers'],
};

/** Words that ask about a component in general ("features", "details") rather than for one of its facts. */
export const overviewCues: string[] = [
  'feature',
  'features',
  'capability',
  'capabilities',
  'detail',
  'details',
  'info',
  'information',
  'overview',
  'about',
  'purpose',
  'role',
  'job',
  'function',
  'offer',
  'offers',
];

/** Predicates that ask yes or no when they close a short question ("… supported?") or open one before "to" ("ok to …?"). */
export const yesNoPredicates: string[] = [
  'required',
  'needed',
  'necessary',
  'mandatory',
  'optional',
  'supported',
  'allowed',
  'possible',
  'ok',
  'okay',
  'fine',
  'safe',
];

/** Verbs of setting up that, opening a short question closed by a question mark, propose a plan ("run two of X in one cluster?"). */
export const proposalVerbs: string[] = [
  'run',
  'use',
  'share',
  'skip',
  'drop',
  'deploy',
  'host',
  'colocate',
  'reuse',
  'combine',
  'put',
  'keep',
];

/** Verbs of what a product does that make a short statement closed by a question mark ask yes or no ("X needs Y?"). */
export const doingVerbs: string[] = [
  'needs',
  'requires',
  'supports',
  'uses',
  'runs',
  'ships',
  'includes',
  'bundles',
  'comes',
  'works',
  'keeps',
  'provides',
  'offers',
  'allows',
  'handles',
  'scales',
  'stores',
  'depends',
  'relies',
  'installs',
  'creates',
  'deploys',
  'connects',
  'gets',
  'has',
  'holds',
  'sets',
  'gives',
];

/** Judgements that, closing a short question, ask yes or no ("single container for prod — recommended?", "arm64 support?"). */
export const closingPredicates: string[] = [
  'recommended',
  'advised',
  'suggested',
  'enough',
  'sufficient',
  'support',
  'bundled',
  'included',
  'enabled',
  'shipped',
  'installed',
  'on',
  'off',
  'ha',
];

/** Words that may follow a closing judgement in a short phrase ("recommended for the database?", "enabled by default?"). */
export const closingTails: string[] = ['for', 'by', 'in', 'on', 'with', 'at'];

/** Words that ask a yes/no question when they open it. */
export const yesNoOpeners: string[] = [
  'is',
  'are',
  'does',
  'do',
  'did',
  'can',
  'could',
  'should',
  'must',
  'will',
  'would',
  'has',
  'have',
  'may',
  'shall',
  'need',
  'isn',
  'doesn',
  'don',
];

/** Subjects of a closing tag ("…, isn't it?", "…, can we?"), which asks whether the statement before it holds. */
export const questionTagSubjects: string[] = ['it', 'we', 'i', 'they', 'you', 'there', 'that', 'this', 'he', 'she'];

/** Words that close a statement as a question on their own ("…, right?"), asking whether it holds. */
export const questionTagWords: string[] = ['right', 'correct', 'true', 'yes', 'no', 'ok', 'okay', 'yeah', 'check', 'accurate'];

/** Predicates that ask whether something is ruled out, so that a rule against it answers yes ("is X ruled out?"). */
export const exclusionPredicates: string[] = [
  'ruled',
  'incompatible',
  'unsupported',
  'avoid',
  'refuse',
  'refuses',
  'forbidden',
  'prohibited',
  'disallowed',
  'banned',
  'blocked',
];

/** Words a check of a claim may hold besides the claim cues ("Is it what the guide states?", "Does that match the docs?"). */
export const claimReferenceWords: string[] = [
  'doc',
  'docs',
  'documentation',
  'vendor',
  'say',
  'states',
  'match',
  'matches',
  'wrong',
  'outdated',
];

/** Words by which an asker offers a figure to be confirmed ("I remember 100 %, is that right?"). */
export const claimCues: string[] = [
  'right',
  'correct',
  'true',
  'accurate',
  'remember',
  'recall',
  'heard',
  'told',
  'said',
  'saying',
  'confirm',
  'thought',
  'check',
  'claim',
  'claims',
  'claimed',
  'says',
  'stated',
];

/** Words asking whether figures the asker offers meet what the sources state ("is 2 GB enough?", "does that meet the minimum?"). */
export const fitCues: string[] = ['enough', 'sufficient', 'suffice', 'adequate', 'meet', 'meets', 'satisfy', 'satisfies'];

/** Words by which a figure in a question is a bound to test, not a claim ("is 4 GB enough?", "at least 3"). */
export const boundCues: string[] = [
  'enough',
  'sufficient',
  'suffice',
  'adequate',
  'plenty',
  'least',
  'most',
  'more',
  'less',
  'over',
  'under',
  'above',
  'below',
  'exceed',
  'handle',
  'fit',
];

/** Words opening a statement about the asker's own situation ("we're deploying X for 8k users, do we need Y?"). */
export const sceneSubjects: string[] = ['we', "we're", "we've", "we'll", "we'd", 'i', "i'm", "i've", "i'll", "i'd", 'our', 'my'];

/** Verbs that give a setting a value ("set it to 10", "raise it to 20"). */
export const valueVerbs: string[] = ['set', 'raise', 'bump', 'change', 'increase', 'lower', 'reduce', 'drop'];

/** Nouns naming a part by what it does ("the bit that routes requests"), before a question asked of that part. */
export const describedPartNouns: string[] = ['bit', 'part', 'piece', 'thing', 'component', 'service', 'layer', 'box', 'one'];

/** Words opening a question ("how many …"): what a number's trailing words describe ends before one. */
export const questionWords: string[] = ['what', 'which', 'who', 'whom', 'how', 'why', 'when', 'where'];

/** Verbs that take a setting's value away, so it falls back to its default ("if I delete the variable"). */
export const unsetVerbs: string[] = ['delete', 'deleted', 'remove', 'removed', 'unset', 'omit', 'omitted', 'leave', 'left'];

/** Words that refer back to a thing named earlier in the question ("set it to 10"). */
export const referringWords: string[] = ['it', 'this', 'that', 'them', 'those', 'these'];

/** Words that join a referring word to a value verb in the passive ("if it gets set to 10", "once it is set to 20"). */
export const passiveLinkWords: string[] = ['is', 'gets', 'get', 'got'];

/** Nouns that, after "is that the", point back at a part the sentence before names ("Is that the store X uses?"). */
export const pointedPartNouns: string[] = ['one', 'store', 'database', 'place'];

/** Nouns naming a setting ("what hashing settings …"): after "what" or "which" they ask for a value, which nothing computes. */
export const settingNouns: string[] = ['setting', 'settings', 'variable', 'variables', 'flag', 'flags', 'parameter', 'parameters'];

/** Verbs of a plan's aim ("turn X off to save RAM"): the resource after them says why, not what is asked. */
export const aimVerbs: string[] = ['save', 'free', 'spare', 'reduce', 'trim', 'lower', 'maximise', 'maximize', 'improve', 'boost'];

/** Words before the goal of a plan ("for max uptime", "for better availability"): the goal says why, not what is asked. */
export const aimQualifiers: string[] = ['max', 'maximum', 'maximal', 'more', 'better', 'best', 'higher', 'extra', 'improved'];

/** Words that join two things asked in one question ("the task size + the grace period"). */
export const joiningWords: string[] = ['and', 'plus'];

/** Words asking for the absence or optionality of something ("can I skip X" is answered yes when X is optional). */
export const negativeNecessityCues: string[] = [
  'optional',
  'skip',
  'without',
  'omit',
  'avoid',
  'leave',
  'drop',
  'disable',
  'unnecessary',
  'not',
];

/** Words that, right before a word asking for necessity, ask the opposite ("not needed", "isn't required", "no need"). */
export const necessityNegators: string[] = ['not', 'never', 'no', "isn't", "aren't"];

/** The words of need itself, which both asking whether a part is needed and whether a layout is the only one use. */
const needWords = ['required', 'require', 'requires', 'need', 'needs', 'needed', 'mandatory', 'necessary'];

/** Words asking whether something is needed ("is X required"). */
export const positiveNecessityCues: string[] = [
  ...needWords,
  'essential',
  'requirement',
  'hard',
  'strictly',
  'must',
  'always',
  'part',
  'use',
  'uses',
  'include',
  'recommended',
];

/**
 * Cue words too general to name the kind a "which"/"what" asks for alone: "which service" may ask for any component;
 * with another cue of the kind ("which managed service", "which AWS service") it asks for that kind.
 */
export const weakKindWords: string[] = ['service', 'services'];

/** Words before a product's name closing a question ("which parts use X in Product Y") that make it the scope. */
export const closingScopeWords: string[] = ['in', 'for', 'of', 'on', 'with'];

/** Prepositions that, right before a product's name ("what does X do inside Frobcore"), only name the product asked. */
export const scopePrepositions: string[] = ['inside', 'within'];

/** Words that ask for a computation over facts. */
export const computeCues: string[] = [
  'total',
  'sum',
  'altogether',
  'combined',
  'overall',
  'aggregate',
  'together',
  'across',
  'all',
  'whole',
];

/** Words by which a note states a total of its own ("the vendor's table totals …"). */
export const statedTotalWords: string[] = ['total', 'totals', 'sum', 'sums', 'altogether', 'combined', 'aggregate'];

/** Words asking whether a product relies on something its vendor runs ("a service the vendor itself operates"). */
export const vendorOperatedCues: { verbs: string[]; owners: string[] } = {
  verbs: ['operate', 'run', 'host', 'manage'],
  // "Vendor-hosted", "vendor-run": the owner joined to the verb by a hyphen.
  owners: ['itself', 'themselves', 'the vendor', 'vendor-'],
};

/**
 * How a question asks whether the reader runs a part themselves ("do we host it in our own cluster?"): a verb of
 * running, then within a few words a phrase of owning it. Verbs count only as words of their own ("vendor-run" does not).
 */
export const selfRunCues: { verbs: string[]; own: string[] } = {
  verbs: ['run', 'host', 'deploy', 'install', 'operate', 'maintain'],
  own: [
    'ourselves',
    'our own',
    'in our',
    'inside our',
    'on our',
    'yourself',
    'your own',
    'myself',
    'my own',
    'in my',
    'inside my',
    'on my',
    'in-house',
  ],
};

/** Verbs after which a scene sentence holds the real question ("trying to figure out which parts …"). */
export const embeddedQuestionCues: string[] = [
  'figure out',
  'find out',
  'work out',
  'know',
  'understand',
  'wondering',
  'wonder',
  'sure',
  'check',
  'tell me',
  'decide',
  'confirm',
];

/** Nouns that ask for every fact of their kind as a plural does ("redis config?" asks for all its settings). */
export const massNouns: string[] = ['config', 'configuration', 'cfg', 'conf', 'setup'];

/** Words by which a question asks whether something is left unset ("does the chart leave requests unset?"). */
export const unsetCues: string[] = ['unset', 'empty', 'blank', 'undefined', 'unspecified', 'omitted', 'omit', 'missing'];

/** Words that ask to compare subjects. */
export const compareCues: string[] = [
  'vs',
  'compare',
  'compared',
  'versus',
  'difference',
  'differences',
  'between',
  'more',
  'less',
  'larger',
  'smaller',
  'bigger',
  'higher',
  'lower',
  'which',
];

/** Words that set one thing against another outright ("compared with X"): a product named after one is compared, even if it is a component of the other. */
export const explicitCompareCues: string[] = ['vs', 'versus', 'compare', 'compared', 'comparing'];

/**
 * Words of an asking sentence that set the product it names beside another the question names before it ("does B need
 * less than A?", "both", "the same"): the sentence asks about that product too.
 */
export const jointProductWords: string[] = [
  'both',
  'either',
  'each',
  'same',
  'than',
  'like',
  'differ',
  'different',
  'difference',
  'also',
  'too',
];

/**
 * Regular expressions whose first group is the product a move leaves ("from A to B", "replacing A with B", "A -> B",
 * "after we move off A"): the question asks of the product it goes to.
 */
export const originPatterns: string[] = [
  '\\bfrom\\s+([^,.;:?!]{1,40}?)\\s+(?:to|onto|into)\\s+\\S',
  '\\b(?:off|leaving|leave)\\s+([^,.;:?!]{1,40}?)\\s+(?:to|onto|for)\\s+\\S',
  '\\breplac(?:e|es|ed|ing)\\s+([^,.;:?!]{1,40}?)\\s+(?:with|by)\\s+\\S',
  '([^\\s,.;:?!]+(?:\\s+[^\\s,.;:?!]+)?)\\s*(?:->|\u2192|=>)\\s*\\S',
  '\\b(?:mov(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|switch(?:es|ed|ing)?|com(?:e|es|ing)|came)\\s+(?:over\\s+|across\\s+|away\\s+)?(?:off|from|off\\s+of)\\s+([^,.;:?!]{1,40}?)(?=\\s+(?:to|onto|into|for|and|but|so|when|if|once)\\b|\\s*[,.;:?!]|\\s*$)',
];

/** Words between a word for products and its verb that only say where the products are ("which tools listed here rely on X"). */
export const productPlaceWords: string[] = ['in', 'the', 'catalogue', 'catalog', 'archkb', 'here', 'this', 'kb', 'listed', 'that', 'which'];

/** Words before a product's name that leave it out of a question across products ("which others than X", "besides X"). */
export const productExclusionCues: string[] = [
  'other than',
  'others than',
  'besides',
  'except',
  'except for',
  'apart from',
  'aside from',
  'excluding',
  'not counting',
  'not including',
];

/**
 * Verbs that, right after a word for products, ask which products use a thing ("which products use X", "which tools
 * integrate with X"): a product named after them is what the others are asked to use.
 */
export const productUseVerbs: string[] = [
  'use',
  'uses',
  'need',
  'needs',
  'require',
  'requires',
  'depend',
  'depends',
  'rely',
  'relies',
  'integrate',
  'integrates',
  'plug',
  'plugs',
  'support',
  'supports',
  'embed',
  'embeds',
  'bundle',
  'bundles',
  'ship',
  'ships',
  'include',
  'includes',
  'connect',
  'connects',
  'talk',
  'talks',
];

/** Words that point back at something named before ("can B reuse its database?"): a product named before may be meant. */
export const pointingWords: string[] = ['it', 'its', 'they', 'them', 'their', 'theirs', 'that', 'those', 'this', 'these'];

/** Possessive pointing words, which after a product's name own what follows to that product ("does B need for its setup"). */
export const ownerPointingWords: string[] = ['its', 'their', 'theirs'];

/** Words that ask which products (or components) share a property. */
export const filterCues: string[] = ['which', 'what', 'who', 'list', 'name'];

/** Words naming products in general, so "which products use X" is read as a filter over the catalogue. */
export const productNouns: string[] = [
  'product',
  'products',
  'architecture',
  'architectures',
  'vendor',
  'vendors',
  'tool',
  'tools',
  'platform',
  'platforms',
];

/** Words that ask for the smallest or largest. */
export const extremeCues: Record<'min' | 'max', string[]> = {
  min: ['smallest', 'least', 'lowest', 'minimum', 'fewest', 'leanest', 'lightest', 'cheapest'],
  max: ['largest', 'biggest', 'most', 'highest', 'maximum', 'heaviest'],
};

/** Comparatives that ask which of the compared products has more, or less, of a resource ("which needs more memory"). */
export const comparativeCues: Record<'more' | 'less', string[]> = {
  more: ['more', 'larger', 'bigger', 'higher', 'heavier', 'greater', 'most', 'largest', 'biggest', 'highest', 'heaviest'],
  less: ['less', 'fewer', 'smaller', 'lower', 'lighter', 'leaner', 'least', 'fewest', 'smallest', 'lowest', 'lightest', 'leanest'],
};

/** Words that name a resource sizing can total, mapped to the sizing resource. */
/** Words by which a fact states how often something happens ("before every update", "a backup interval"). */
export const frequencyWords: string[] = [
  'every',
  'daily',
  'hourly',
  'weekly',
  'nightly',
  'monthly',
  'yearly',
  'interval',
  'frequency',
  'periodic',
  'periodically',
  'scheduled',
  'cron',
];

/** Words asking how big a thing is ("the size of the volume"): a resource word in the thing's name then asks for its figure. */
export const sizeWords: string[] = ['size', 'sizes', 'big', 'large', 'capacity'];

export const resourceWords: Record<string, 'nodes' | 'vcpu' | 'memoryGiB' | 'storageGiB' | 'iops'> = {
  node: 'nodes',
  nodes: 'nodes',
  pod: 'nodes',
  pods: 'nodes',
  replica: 'nodes',
  replicas: 'nodes',
  instance: 'nodes',
  instances: 'nodes',
  vcpu: 'vcpu',
  memory: 'memoryGiB',
  storage: 'storageGiB',
  iops: 'iops',
};

/** Words that make a CPU or memory number a share rather than an amount ("targetCPUUtilizationPercentage = 80"). */
export const shareWords: string[] = ['utilization', 'utilisation', 'percentage', 'percent', 'target'];

/** Words after a resource word that ask which kind, not how much ("instance type", "node class"): no figure is asked. */
export const kindWords: string[] = ['type', 'types', 'class', 'classes', 'family', 'sku'];

/** Words for the request and limit sides of a Kubernetes figure. */
export const requestLimitCues: Record<'request' | 'limit', string[]> = {
  request: ['request', 'requests', 'requested', 'reserve'],
  limit: ['limit', 'limits', 'cap', 'ceiling', 'headroom'],
};

/** Topics no vendor document here states, with the reason archkb gives when declining them. */
export const unanswerableTopics: {
  words: string[];
  reason: string;
  weighed?: string[];
  amountCues?: string[];
  weighedTails?: string[];
  modifierTails?: string[];
  modifierHeads?: string[];
}[] = [
  {
    words: [
      'price',
      'pricing',
      'cost',
      'costs',
      'costing',
      'cheap',
      'expensive',
      'dollar',
      'dollars',
      'usd',
      'eur',
      'bill',
      'billing',
      'fee',
      'fees',
      'subscription',
    ],
    reason:
      'archkb holds no prices: none of the vendor documents it draws on states a cost, and cloud prices change by region and over time.',
    // "Which costs less to run?", "what extra cost items": a vendor that weighs costs in words answers those.
    weighed: ['cost', 'costs', 'cheap', 'expensive'],
    amountCues: [
      'how much',
      'per year',
      'per month',
      'per hour',
      'per day',
      'per user',
      'per seat',
      'monthly',
      'yearly',
      'annual',
      'annually',
      'hourly',
    ],
    weighedTails: [
      'item',
      'items',
      'less',
      'more',
      'driver',
      'drivers',
      'factor',
      'factors',
      'downside',
      'downsides',
      'implication',
      'implications',
    ],
    // "The slower, more cost-effective option" names an option by how it weighs cost; it asks for no amount.
    modifierTails: ['effective', 'efficient', 'conscious', 'sensitive', 'optimised', 'optimized', 'saving'],
    // "A significant CPU cost" or "the memory cost of caching" is a load on a resource, not money.
    modifierHeads: ['cpu', 'vcpu', 'memory', 'ram', 'performance', 'latency', 'processing', 'hashing'],
  },
  {
    words: ['sla', 'slas', 'uptime', 'guarantee', 'guarantees', 'guaranteed', 'nines', 'rto', 'rpo'],
    reason:
      'archkb holds no service-level guarantees or recovery objectives: the vendor documents it draws on state no uptime commitment, RPO or RTO.',
  },
  {
    words: ['p90', 'p95', 'p99', 'p999', 'percentile', 'percentiles', 'slo', 'slos'],
    reason:
      'archkb holds no latency or response-time targets: the vendor documents it draws on state no percentile latencies or service-level objectives.',
  },
  {
    words: ['certification', 'certifications', 'soc', 'iso', 'fips', 'hipaa', 'gdpr', 'pci', 'fedramp', 'accreditation'],
    reason:
      'archkb holds no security or compliance certifications: the vendor documents it draws on name none (no SOC 2, ISO 27001, FIPS or similar).',
  },
];

/**
 * Well-known self-hostable products that archkb has no architecture for, by the archkb category nearest to them
 * ("other" for none), so a question about them is declined by name, with the nearest products archkb does hold,
 * instead of being answered about a neighbour. Names are lower-case, one to three words.
 */
export const knownOtherProducts: Record<string, string[]> = {
  identity: [
    'okta',
    'auth0',
    'fusionauth',
    'ory',
    'kratos',
    'hydra',
    'authelia',
    'authentik',
    'casdoor',
    'logto',
    'supertokens',
    'gluu',
    'wso2',
    'cognito',
    'ping',
    'pingfederate',
    'forgerock',
    'clerk',
    'stytch',
    'dex',
    'lldap',
    'freeipa',
  ],
  'internal-tools': [
    'retool',
    'windmill',
    'appwrite',
    'supabase',
    'nocodb',
    'baserow',
    'directus',
    'strapi',
    'illa',
    'lowdefy',
    'refine',
    'n8n',
    'airtable',
    'appian',
    'outsystems',
    'mendix',
    'openblocks',
    'lowcoder',
    'jet admin',
  ],
  'cloud-development-environments': [
    'gitpod',
    'codespaces',
    'daytona',
    'devpod',
    'code server',
    'code-server',
    'theia',
    'jupyterhub',
    'devzero',
  ],
  'solid-servers': ['solid community server'],
  other: [
    'gitlab',
    'gitea',
    'forgejo',
    'mattermost',
    'rocket chat',
    'nextcloud',
    'sentry',
    'grafana',
    'keystone',
    'zulip',
    'discourse',
    'wordpress',
    'ghost',
    'confluence',
    'jira',
    'artifactory',
    'nexus',
    'harbor',
    'vault',
    'consul',
    'nextjs',
    'plausible',
    'posthog',
    'metabase',
    'superset',
    'redash',
    'airflow',
    'temporal cloud',
  ],
};

/** Words that say the asker wants every match, not one: "all", "every", "list". */
export const everyCues: string[] = ['all', 'every', 'each', 'list', 'components', 'pieces', 'parts', 'services'];

/** Words asking for the parts a deployment is made of ("what components", "what's in the stack", "consists of"). */
export const componentListCues: string[] = [
  'components',
  'parts',
  'pieces',
  'services',
  'stack',
  'consist',
  'consists',
  'made',
  'building',
  'blocks',
];

/** Words that, with a part set aside ("besides X, what else …"), ask for the product's other parts. */
export const remainderCues: string[] = ['else', 'other', 'others', 'rest'];

/** Words that, with two layouts of one product named, ask for the parts one layout has beyond the other. */
export const layoutExtraCues: string[] = ['extra', 'additional', 'add', 'adds', 'added', 'not'];

/** Words asking which parts hold state ("which parts are stateful?"); archkb reads a part whose role keeps data as holding it. */
export const stateCues: string[] = ['stateful', 'state'];

/** Words asking whether a part holds no state ("is X stateless?"). */
export const statelessCues: string[] = ['stateless'];

/** Words asking whether a part holds state, said of the part itself ("is X stateful?"), unlike "keeps its state in Y". */
export const statefulCues: string[] = ['stateful'];

/** Words asking for the parts one component runs as (its containers), each with its own figures. */
export const partListCues: string[] = ['containers', 'container', 'sidecars', 'sidecar', 'processes'];

/** Imperatives that ask for a list ("List the places …", "Name all …"): a part's named examples answer them. */
export const listOpeners: string[] = ['list', 'name', 'enumerate', 'itemize', 'itemise'];

/** Nouns that, after "which" or "what", ask for the choices a part allows ("which storage options …"): its named examples answer them. */
export const choiceNouns: string[] = ['options', 'choices', 'alternatives'];

/** Words filtering a list of components by how much the deployment needs them, by necessity level. */
export const necessityFilterCues: Record<'required' | 'recommended' | 'optional' | 'conditional', string[]> = {
  required: ['required', 'mandatory', 'essential', 'must', 'necessary', 'compulsory'],
  recommended: ['recommended', 'advised', 'suggested'],
  optional: [
    'optional',
    'skip',
    'omit',
    'omitted',
    'drop',
    'dropped',
    'unnecessary',
    'unneeded',
    'dispensable',
    'skippable',
    'nonessential',
    'extra',
    'extras',
    'addons',
    'add',
  ],
  conditional: ['conditional', 'conditionally', 'depends', 'sometimes', 'situational'],
};

/** Words that only frame a question about a deployment's parts ("run", "deploy", "include") and ask nothing more. */
export const componentListFiller: string[] = [
  'make',
  'makes',
  'up',
  'run',
  'runs',
  'deploy',
  'deploys',
  'deployed',
  'deployment',
  'include',
  'includes',
  'have',
  'has',
  'use',
  'uses',
  'need',
  'needs',
  'architecture',
  'setup',
  'install',
  'installation',
  'main',
  'core',
  'all',
  'every',
  'list',
  // What the asker will do with the parts ("the services we will monitor") asks for them all the same.
  'watch',
  'monitor',
  'operate',
  'maintain',
  'manage',
  // Where the list comes from ("according to the guide") frames the question.
  'according',
  'guide',
  'docs',
  'documentation',
  'whole',
  'self',
  'hosted',
  'managed',
  'equivalent',
  'equivalents',
  'cloud',
];

/** Words that name the scope of a set of figures ("the minimum", "the HA setup", "the chart defaults"), by scope. */
export const scopeCues: Record<
  'minimum' | 'recommended' | 'production' | 'high-availability' | 'reference' | 'default' | 'tested' | 'example',
  string[]
> = {
  minimum: ['minimum', 'min', 'minimal', 'least', 'bare'],
  recommended: ['recommended', 'recommend', 'recommends', 'suggested'],
  production: ['production', 'prod'],
  'high-availability': ['ha', 'redundant'],
  reference: ['reference', 'template'],
  default: ['default', 'defaults'],
  tested: ['tested', 'test', 'testing', 'benchmark', 'benchmarked', 'measured', 'scaled'],
  example: ['example', 'sample', 'calculation', 'worked'],
};

/** Phrases asking for a part of a whole just counted ("and of those, which face the internet"), so both are answered. */
export const subsetPhrases: string[] = ['of them', 'of those', 'of these', 'of which'];

/** Words that set a limit aside ("before we add any headroom", "without the limit"), leaving the request it is built on. */
export const limitSetAsideWords: string[] = ['before', 'without', 'excluding', 'minus', 'ignoring'];

/** Articles and possessives, which may stand between a kind and its modifier ("the official image"). */
export const determinerWords: string[] = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'its', 'my'];

/** Words for what every entry of archkb is (a reference architecture): in a question they name no one variant. */
export const catalogueWords: string[] = ['reference', 'architecture', 'architectures'];

/**
 * Words for the people behind a load (forty engineers): a count of them that no driver's words sit next to is read as
 * the one driver the rest of the question names in full (engineers each with a concurrent report session open).
 */
export const peopleNouns: string[] = ['users', 'developers', 'devs', 'engineers', 'people', 'members', 'employees', 'staff'];

/**
 * Words a driver's label uses for things in use at once: people counted as working simultaneously, with only this word
 * of a driver written, take that one driver (forty engineers each opening a report simultaneously: concurrent sessions).
 */
export const concurrencyWords: string[] = ['concurrent'];

/** Words that qualify a load between its number and its name ("500 combined login and refresh requests per second"). */
export const loadQualifiers: string[] = ['combined', 'total', 'aggregate', 'overall', 'peak', 'sustained', 'average'];

/** Words that tie a count of copies to the part named before them ("the worker at 2 replicas", "scaled to 3 pods"). */
export const countLinkWords: string[] = ['at', 'with', 'to'];

/** Articles that count one thing as "one" does ("with a PVC"). */
export const singleArticles: string[] = ['a', 'an'];

/** Words of growth before a figure ("expect 90 next year", "grow to 100,000"): a bare figure after one is a later load of the driver already given. */
export const growthCues: string[] = [
  'expect',
  'expecting',
  'expected',
  'grow',
  'growing',
  'grows',
  'reach',
  'reaching',
  'increase',
  'increasing',
  'rise',
  'rising',
  'scale',
  'scaling',
  'double',
  'doubling',
  'triple',
  'tripling',
  'projected',
  'forecast',
  'plan',
  'planning',
  'target',
  'become',
];

/**
 * Words that open a time horizon right after a figure ("5,000 by the close of year three", "100 in 18 months"): with a unit of time
 * or a quarter a few words on, the bare figure is a later load of the driver already given.
 */
export const horizonWords: string[] = ['by', 'in', 'within', 'next'];

/** Words before a unit of time that make it a span or a relative time ("next year", "per month"), never a numbered one ("year 2"). */
export const relativeTimeWords: string[] = ['next', 'last', 'per', 'each', 'every'];

/** Nouns for the change between two figures ("what's the increase?"); a part asking only for one is answered by a computed change. */
export const changeNouns: string[] = ['increase', 'difference', 'delta', 'growth', 'change', 'gap', 'jump', 'uplift'];

/** Words asking how far one figure lies past another ("how much is the limit above the request?"), besides change nouns. */
export const marginCues: string[] = ['above', 'extra', 'over', 'more'];

/** Calendar words a horizon may end on besides units of time ("by Q3", "by the end of the quarter"). */
export const calendarWords: string[] = ['quarter', 'quarters', 'q1', 'q2', 'q3', 'q4'];

/** The concept word the phrases above give "how long" and every stated span of days to years. */
export const durationWord = 'timespan';

/** Shorter units of time a stated span may use instead ("a grace period of 900 seconds"). */
export const shortTimeUnits: string[] = ['second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours'];

/**
 * Nouns naming a kind of setting ("the default start timeout"): asked for with "what is the …" of a product whose facts
 * never use the word, none of its settings is of that kind.
 */
export const settingKindWords: string[] = ['timeout', 'timeouts', 'interval', 'intervals', 'ttl', 'quota', 'quotas'];

/** Names of a span of time a setting may hold: "the max run time" asks for one, not for a rated load. */
export const timeSpanNames: string[] = ['duration', 'timeout', 'time limit', 'run time', 'running time', 'grace period'];

/** Units of time: a number written right before one ("10 minutes ago", "for 3 days") is a span, never a load. */
export const timeUnits: string[] = [...shortTimeUnits, 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'];

/** Phrases asking for the size of one node ("per-node spec", "bigger nodes"), which a total over the nodes does not answer. */
export const perNodePatterns: string[] = [
  '\\bper[\\s-]*node\\b',
  '\\beach\\s+node\\b',
  '\\b(?:bigger|larger|smaller|beefier|biggest|largest|smallest)\\s+nodes?\\b',
];

/** Adjectives of measure after a counted noun ("how many characters long"): the noun is still what is counted. */
export const measureAdjectives: string[] = ['long', 'wide', 'tall', 'high', 'deep', 'old', 'big', 'large'];

/** Words that count copies of a component, so "2 worker replicas" sets the worker's count to 2. */
export const countNouns: string[] = [
  'replica',
  'replicas',
  'pod',
  'pods',
  'node',
  'nodes',
  'instance',
  'instances',
  'task',
  'tasks',
  'copy',
  'copies',
  'x',
  'times',
];

/** Words that, right after a product's name ("the X pods", "X containers"), mean the product's own running service. */
export const unitWords: string[] = ['pod', 'pods', 'container', 'containers', 'binary', 'binaries', 'process', 'processes'];

/** Words that may stand between a product's name and a unit word ("the X application containers"), still its own service. */
export const unitLeadWords: string[] = ['application', 'applications', 'app', 'apps'];

/** Words that, right after a product's name ("the Frob app"), name its own application component. */
export const ownAppWords: string[] = ['app', 'application'];

/** Words that, right after a product's name ("an X deployment", "our X install"), mean the whole product, not one fact. */
export const wholeProductWords: string[] = ['deployment', 'deployments', 'install', 'installation', 'installations', 'setup', 'rollout'];

/** Words too common in component names to name one on their own ("service", "server"). */
export const genericNameWords: string[] = [
  'service',
  'services',
  'server',
  'servers',
  'cluster',
  'node',
  'nodes',
  'component',
  'instance',
  'the',
  'layer',
  'tool',
  'tools',
  'infrastructure',
];

/** Words that ask for the whole deployment's total rather than one component's share ("plus the control plane"). */
export const wholeCues: string[] = [
  'plus',
  'incl',
  'including',
  'included',
  'whole',
  'entire',
  'overall',
  'everything',
  'altogether',
  'together',
  'added',
  'adding',
  'add',
  'combined',
  'all',
];

/** Words asking for figures without naming a resource ("total resource requirements"), answered in CPU and memory. */
export const resourceNouns: string[] = ['resource', 'resources', 'requirement', 'requirements', 'footprint', 'sizing', 'capacity'];

/**
 * Pairs of words that answer each other with a "no": a question asking the first of a pair, answered by a fact stating
 * the second ("the same database?" — "must have different names"), or the other way round.
 */
export const antonymPairs: [string | string[], string][] = [
  ['same', 'different'],
  ['same', 'separate'],
  ['shared', 'separate'],
  ['share', 'separate'],
  ['enable', 'disable'],
  ['public', 'private'],
  ['required', 'optional'],
  ['require', 'optional'],
  ['need', 'optional'],
  ['mandatory', 'optional'],
  ['requirement', 'optional'],
  ['required', 'option'],
  ['mandatory', 'option'],
  ['necessary', 'optional'],
  // "Do I have to …?" reads as "must": a fact saying "required" or "needs" beside "optional" is not its opposite.
  [['must', 'required', 'require', 'need', 'mandatory', 'necessary'], 'optional'],
  ['production', 'quickstart'],
  ['production', 'quickstarts'],
  ['production', 'development'],
  ['production', 'demo'],
  ['production', 'evaluation'],
  ['stateful', 'stateless'],
  ['supported', 'unsupported'],
  ['support', 'unsupported'],
  ['internet', 'internal'],
  // A part run "as a pod" or "inside" the cluster is not one run outside it as an external service.
  [['external', 'outside'], 'internal'],
  [['external', 'outside'], 'inside'],
  [['external', 'outside'], 'pod'],
  ['horizontal', 'vertical'],
  ['single', 'several'],
  ['single', 'multiple'],
  ['singleaz', 'multiaz'],
  ['single', 'two'],
  // Something that "keeps running" or "continues" has not stopped.
  ['stop', 'continue'],
  ['stop', 'keep'],
  // "still" against "no longer": the second word is enough, as "no" alone says nothing.
  ['still', 'longer'],
];

/** Last words that make a hyphenated run prose describing something ("refresh-token-heavy load"), not a setting's name. */
export const compoundTailWords: string[] = [
  'heavy',
  'based',
  'only',
  'bound',
  'intensive',
  'aware',
  'ready',
  'friendly',
  'free',
  'specific',
  'driven',
  'centric',
  'facing',
  'related',
];

/** Words that count one of what follows them ("a single pod"), beside the quantity words and the counts. */
export const singleWords: string[] = ['single'];

/** Words that ask about something other than what a fact names ("a different image", "anything besides"). */
export const exclusiveCues: string[] = [
  'other',
  'others',
  'different',
  'another',
  'besides',
  'else',
  'alternative',
  'alternatives',
  'instead',
  'except',
  'apart',
  'aside',
];

/** Words that restrict a fact to what it names ("only the custom image"), answering an exclusive question with a "no". */
export const restrictionCues: string[] = ['only', 'solely', 'exclusively', 'sole'];

/** Words opening the case a restriction keeps to ("only for an external store"), as against "its only provider". */
export const restrictionCaseWords: string[] = ['for', 'with', 'in', 'on', 'when', 'if', 'where'];

/** Words by which a fact demands what it names ("must support HTTP/2"), so another version of it does not do. */
export const demandWords: string[] = ['must', 'require', 'requires', 'required', 'need', 'needs'];

/** Words naming a part's level of need ("is X still optional?"): what is asked, never the situation a condition meets. */
export const necessityLevelWords: string[] = ['optional', 'unnecessary', 'required', 'mandatory', 'necessary', 'needed', 'essential'];

/** Words naming the advised level of need ("is X optional or recommended?"), beside the levels of need. */
export const adviceLevelWords: string[] = ['recommended', 'advised', 'suggested'];

/** Words asking whether something may be left out ("is TLS optional?"), which a switch off by default answers with a yes. */
export const optionalWords: string[] = ['optional', 'unnecessary'];

/** Words saying a restricted kind is the one permitted ("only the custom image is supported"). */
export const permissionWords: string[] = ['supported', 'allowed', 'permitted', 'accepted'];

/** Phrases saying one thing alone is needed ("only the store must be kept"), as a restricted claim ends them. */
export const obligationPhrases: string[] = ['need', 'needs', 'require', 'requires', 'must', 'has to', 'have to'];

/**
 * Words asking whether something exists or comes with the product ("does it ship a bundled database?"), not whether to
 * use it: a fact that replaces it ("in place of the bundled one") says it exists.
 */
export const existenceCues: string[] = ['bundled', 'include', 'includes', 'included', 'exist', 'exists'];

/**
 * Words asking whether a choice has a drawback ("is there any downside to X?"): a stated limitation or warning about it
 * says yes by being there, whatever negation its own sentence holds.
 */
export const drawbackCues: string[] = [
  'downside',
  'downsides',
  'drawback',
  'drawbacks',
  'disadvantage',
  'disadvantages',
  'caveat',
  'caveats',
  'catch',
  'gotcha',
  'gotchas',
  'pitfall',
  'pitfalls',
  'limitation',
  'limitations',
];

/** Words that, beside a drawback word, ask whether one exists ("is there any", "are there"). */
export const existenceOpeners: string[] = ['any', 'there'];

/** Words that negate a sentence. */
/** Verbs of losing or lacking: "do I lose X?" asks whether X is gone, as "is there no X?" does. */
export const privativeWords: string[] = ['lose', 'loses', 'losing', 'lost', 'lack', 'lacks', 'lacking'];

/** Verbs that deny the loss after them ("survive losing a zone" keeps running), so the loss negates nothing. */
export const privativeGuards: string[] = ['survive', 'survives', 'surviving', 'withstand', 'withstands', 'tolerate', 'tolerates'];

export const negationWords: string[] = [
  'not',
  'never',
  'no',
  'cannot',
  "can't",
  "isn't",
  "aren't",
  "doesn't",
  "don't",
  "won't",
  'unsupported',
  'without',
  'nor',
  'neither',
  'none',
];

/** Words asking whether a way of deploying is supported ("is ECS supported?", "is Docker an option?"). */
export const supportCues: string[] = ['supported', 'unsupported', 'support', 'supports', 'option', 'possible', 'allowed', 'available'];

/** Words asking whether a way of deploying is the only one ("is Kubernetes mandatory for X?", "does X need Docker?"). */
export const mandatoryCues: string[] = [...needWords, 'compulsory', 'must'];

/** Verbs that may stand between a necessity word and a way of deploying ("is it necessary to go with Docker"). */
export const adoptingVerbs: string[] = ['use', 'using', 'run', 'running', 'go', 'have', 'install', 'installing'];

/** Nouns for a way of deploying a product ("a multi-cluster setup", "the ECS deployment"). */
export const deploymentNouns: string[] = [
  'setup',
  'deployment',
  'deploy',
  'mode',
  'layout',
  'topology',
  'install',
  'installation',
  'variant',
];

/** Negation words that do not turn a yes/no question into its opposite: "no" answers, "without" asks of another setup. */
export const softNegations: string[] = ['no', 'nor', 'without'];

/** Words by which a note on a version outside the stated range still allows it ("13.x may still be used"). */
export const allowanceCues: string[] = ['may', 'still', 'continue', 'allowed', 'permitted', 'works'];

/** Setting values that mean on or off, so "is X enabled by default?" reads the default's value. */
export const settingStates: { on: string[]; off: string[] } = {
  on: ['true', 'on', 'enabled', 'enable', 'yes', '1'],
  off: ['false', 'off', 'disabled', 'disable', 'no', '0', 'none'],
};

/**
 * Phrases that leave something out of what is asked ("leave the operator out", "excluding the database"): regular
 * expressions over lower-cased text whose first group is the thing left out.
 */
export const exclusionPatterns: string[] = [
  '\\b(?:exclud(?:e|es|ing)|except(?:\\s+for)?|not\\s+counting|other\\s+than|apart\\s+from|aside\\s+from|besides|leaving\\s+out|leave\\s+out|without\\s+counting|minus|drop(?:ping)?|skip(?:ping)?|omit(?:ting)?)\\s+(?!(?:in|on|for|as|at|from|of|to|when|if|with|within|inside)\\b)([^,.;?!()]{1,40}?)(?=\\s*(?:[,.;?!()]|$|\\band\\b))',
  '\\b(?:leave|leaves|leaving|left|keep|keeping|kept)\\s+([^,.;?!()]{1,40}?)\\s+out\\b',
  '\\bwith\\s+([^,.;?!()]{1,40}?)\\s+(?:(?:left|kept|taken|stripped|cut)\\s+out|stripped|removed)\\b',
  // "(workspaces only, no operator)", "workspaces only, not the operators": what follows "only" and a comma is left out.
  '\\bonly\\s*,\\s*(?:and\\s+)?(?:no|not)\\s+(?:the\\s+)?([^,.;?!()]{1,40}?)(?=\\s*(?:[,.;?!()]|$|\\band\\b))',
];

/**
 * Patterns that leave something out only of a computation: "the total without X" sums the rest, where "can it run
 * without X?" asks whether X can go (so these are not exclusionPatterns).
 */
export const sumExclusionPatterns: string[] = [
  '\\bwithout\\s+([^,.;?!()]{1,40}?)(?=\\s*(?:[,.;?!()]|$|\\band\\b))',
  // "…across the nodes, not the database": a part set apart after a comma is left out of the sum.
  ',\\s*(?:but\\s+)?not\\s+(?:the\\s+|any\\s+)?([^,.;?!()]{1,40}?)(?=\\s*(?:[.;?!]|$))',
  // "ledger vcpu for 40 workers no api": a part of up to three words after "no" closing a keyword query is left out.
  '\\bno\\s+(?:the\\s+|any\\s+)?((?:[\\w-]+\\s+){0,2}[\\w-]+)(?=\\s*[.?!]?\\s*$)',
  // "… in total (no X)": a part set apart in brackets after "no" or "not" is left out of the sum.
  '\\(\\s*(?:no|not)\\s+(?:the\\s+|any\\s+)?([^,.;?!()]{1,40}?)\\s*\\)',
];

/**
 * Phrases that set an alternative aside ("on plain Kubernetes rather than Frobshift"): regular expressions over
 * lower-cased text whose first group is the alternative the question is not about.
 */
export const contrastPatterns: string[] = [
  '\\b(?:rather\\s+than|instead\\s+of|as\\s+opposed\\s+to)\\s+([^,.;:?!()]{1,40}?)(?=\\s*(?:[,.;:?!()]|$|\\band\\b))',
];

/**
 * Words naming load in general ("how large a load", "how much traffic"), and the words after one that make it a part's
 * name instead ("load balancing", "load test").
 */
export const loadNouns: { words: string[]; notBefore: string[] } = {
  words: ['load', 'traffic', 'throughput'],
  notBefore: ['balancer', 'balancing', 'balance', 'test', 'testing'],
};

/** Words asking for the vendor's advice on a part, and words asking whether it is strictly required instead. */
export const adviceCues: { advice: string[]; strict: string[] } = {
  advice: [
    'should',
    'recommend',
    'recommends',
    'recommended',
    'recommendation',
    'advise',
    'advises',
    'advised',
    'advisable',
    'suggest',
    'suggests',
    'suggested',
    'worth',
  ],
  // The necessity cues that ask for a requirement, not the loose ones a question of advice also uses ("should we use X").
  strict: positiveNecessityCues.filter((word) => !['part', 'use', 'uses', 'include', 'recommended'].includes(word)),
};

/** Words asking whether a deployment survives a component going away ("keep running if X is down"). */
export const outageCues: { outage: string[]; survival: string[] } = {
  outage: [
    'down',
    'outage',
    'fail',
    'failure',
    'fails',
    'unavailable',
    'offline',
    'lose',
    'lost',
    'crash',
    'crashes',
    'up',
    'always',
    'time',
  ],
  survival: ['keep', 'kept', 'continue', 'survive', 'running', 'operate', 'still', 'work'],
};

/**
 * What the main clause asks of the deployment itself, read before any trailing condition ("… if the registry is down"):
 * that it goes down ("will the services go down", "fall over") or that it survives ("keep running", "stay up"); a
 * clause that asks whether it needs the component speaks of the component's state instead.
 */
export const outcomeCues: { fail: string[]; survive: string[]; conditions: string[]; dependence: string[] } = {
  fail: [
    'down',
    'fail',
    'fails',
    'crash',
    'crashes',
    'break',
    'breaks',
    'broke',
    'stop',
    'stops',
    'die',
    'fall',
    'affected',
    'impacted',
    'interrupted',
    'disrupted',
    'unavailable',
    'outage',
  ],
  survive: [
    'keep',
    'keeps',
    'continue',
    'continues',
    'survive',
    'survives',
    'stay',
    'stays',
    'still',
    'unaffected',
    'operate',
    'operates',
    'work',
    'works',
    'running',
    'up',
    'available',
    'safe',
    'fine',
  ],
  conditions: [
    'if',
    'when',
    'whenever',
    'while',
    'during',
    'through',
    'throughout',
    'despite',
    'should',
    'once',
    'with',
    'without',
    'after',
  ],
  // "Does it need X to be up?" asks about the dependency's state, not the deployment's.
  dependence: ['need', 'needs', 'require', 'requires', 'depend', 'depends', 'rely', 'relies', 'using', 'relying'],
};

/** Words that set the scene of a yes/no question ("in production", "on Kubernetes") without asking anything themselves. */
export const settingWords: string[] = [
  'deployment',
  'deploy',
  'alongside',
  'setup',
  'production',
  'install',
  'installation',
  'run',
  'running',
  'self',
  'hosted',
  'managed',
  'kubernetes',
  'docker',
  'container',
  'cluster',
  'ha',
  'environment',
  'basic',
  'minimal',
  'simple',
  'plain',
  'vanilla',
  'design',
  'architecture',
];

/** Words for a trial run of a deployment ("for my PoC", "our pilot"): the scene of a question, not a part or a name. */
export const trialRunWords: string[] = ['poc', 'pilot', 'demo', 'staging'];

/** Nouns that, right after "what" or "which", name the kind of answer rather than a thing ("in what case", "which platform"). */
export const answerFrameWords: string[] = [
  'case',
  'cases',
  'situation',
  'situations',
  'circumstance',
  'circumstances',
  'scenario',
  'scenarios',
  'platform',
  'platforms',
  'hardware',
  'way',
  'ways',
  'kind',
  'sort',
  'order',
  'point',
  // "What else does X need": more of what the question asks, no thing of its own.
  'else',
];

/** Words of readying a part ahead of a step ("set up X before we can run Y"); in a yes/no question they ask only whether it is needed. */
export const preparationWords: string[] = ['set', 'setting', 'up', 'before', 'first', 'beforehand', 'stand', 'standing'];

/** Words asking for the versions of a product's prerequisites as a whole ("every prerequisite and its versions"). */
export const versionListCues: string[] = ['prerequisite', 'prerequisites', 'prereqs', 'dependencies', 'list'];

/** Words calling one part the chief one of its kind ("the main database", "the primary store"). */
export const mainPartWords: string[] = ['main', 'primary', 'principal'];

/** Words saying a part stands on its own ("the separate workers", "a dedicated cache"); asking whether it is needed, they restate the part. */
export const distinctPartWords: string[] = ['separate', 'dedicated', 'standalone'];

/** Words of getting a part ("must we buy X", "provision X") that ask no more than whether it is needed. */
export const acquiringWords: string[] = ['pay', 'buy', 'purchase', 'procure', 'provision', 'provide', 'providing', 'supply', 'supplying'];

/** Words claiming a part is needed in every case ("must always be provisioned"); a conditional part is not. */
export const alwaysWords: string[] = ['always', 'regardless', 'unconditionally', 'invariably'];

/** Words naming a vendor's own build of a thing ("its own image", "the custom image"), which a rule "X other than its own" allows. */
export const ownershipWords: string[] = ['own', 'custom', 'bespoke'];

/** The word the reading writes for "multiple" or "many" before a layout noun ("multiple clusters" reads "multi cluster"). */
export const layoutSeveralWords: string[] = ['multi'];

/** Words asking the same of another product ("A uses X; does B also use X?", "…, B too?"). */
export const alsoWords: string[] = ['also', 'too', 'likewise', 'either', 'similarly'];

/** Words asking whether a part goes on serving ("can we keep relying on X"); in a yes/no question they ask only whether it is needed. */
export const continuationWords: string[] = ['keep', 'continue'];

/** Words widening a named thing to its kind ("a vault or a similar secrets store", "S3-style storage"); they ask nothing of their own. */
export const likenessWords: string[] = ['similar', 'equivalent', 'comparable', 'alike', 'style', 'compatible', 'flavoured', 'flavored'];

/** Words asking whether something is a problem ("is that an issue?"), whose yes means trouble, not support. */
export const troubleWords: string[] = ['problem', 'problems', 'issue', 'issues', 'risk', 'risky', 'concern', 'wrong', 'bad', 'dangerous'];

/** Words pointing at a thing named before when a noun follows them ("that row", "those pods"). */
export const demonstrativeWords: string[] = ['this', 'that', 'these', 'those'];

/** Words opening a question written as a letter ("Hi Sam,", "Hello team,"); the greeting asks nothing. */
export const letterGreetings: string[] = ['hi', 'hello', 'hey', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening'];

/** Words closing a question written as a letter ("Thanks, Sam", "Cheers!"); the sign-off asks nothing. */
export const letterSignOffs: string[] = [
  'thanks',
  'thank you',
  'many thanks',
  'thanks in advance',
  'thanks a lot',
  'thx',
  'cheers',
  'best',
  'best regards',
  'kind regards',
  'regards',
];

/** Counts written as words, so a question's "three zones" meets a fact's "3 zones" and the other way round. */
export const countWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** Numbers from eleven to ninety written as words ("a hundred and fifty", "sixty four"), spelled out by dictation. */
export const numberWords: Record<string, number> = {
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words multiplying the number before them ("two hundred thousand"). */
export const numberScales: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

/** Units written out after a number, as the abbreviation the number reader takes ("four gigs of RAM" is 4 GB). */
export const spelledUnits: Record<string, string> = {
  kilobyte: 'KB',
  kilobytes: 'KB',
  megabyte: 'MB',
  megabytes: 'MB',
  megs: 'MB',
  gigabyte: 'GB',
  gigabytes: 'GB',
  gig: 'GB',
  gigs: 'GB',
  terabyte: 'TB',
  terabytes: 'TB',
};

/** Words that, before "version", name a release in an upgrade ("the new version is ready"), not ask which version. */
export const releaseAgeWords: string[] = ['new', 'old', 'newer', 'older', 'next', 'previous'];

/** Words asking for a version ("Redis version", "which server release"). */
export const versionWords: string[] = ['version', 'versions', 'release', 'releases'];

/** Words asking for host names ("which hostnames", "the FQDN"), which a fact may give by writing one ("api.example.com"). */
export const hostnameWords: string[] = ['hostname', 'hostnames', 'fqdn', 'fqdns', 'domain', 'domains'];

/** Words asking for network addresses ("which IPs", "the CIDR"), which a fact gives only by writing one. */
export const networkAddressWords: string[] = ['ips', 'cidr', 'cidrs'];

/** Nouns after "IP" that ask for addresses ("IP ranges", "IP address"), unlike "an IP allow list". */
export const networkAddressNouns: string[] = ['address', 'addresses', 'range', 'ranges', 'block', 'blocks'];

/** Words by which a question asks how long or how often ("how long are releases supported"), not for a version number. */
export const spanQuestionWords: string[] = [durationWord, 'often'];

/** Words that may link a technology to the version a question gives it ("our PostgreSQL is 12.17", "Redis at 6.2"). */
export const versionLinkWords: string[] = ['is', 'was', 'at', 'on', 'runs', 'running'];

/**
 * Auxiliaries that, right after "which components", make the component named next the subject ("which services does
 * the agent provide"), so the question asks what it does, not which components connect with it.
 */
export const objectAuxiliaries: string[] = ['do', 'does', 'did'];

/** Verbs asking whether one component connects to another ("does the agent talk to the database"). */
export const connectionVerbs: string[] = [
  'connect',
  'connects',
  'connected',
  'talk',
  'talks',
  'communicate',
  'communicates',
  'reach',
  'reaches',
  'call',
  'calls',
  'access',
  'accesses',
  'write',
  'writes',
  'read',
  'reads',
  'send',
  'sends',
];

/** Words that count more than one of a thing without a number ("several clusters", "other clusters"). */
export const severalCues: string[] = ['several', 'multiple', 'many', 'other'];

/** Words right before "path" (one word may stand between) that make it an HTTP path ("health check path", "probe http path"). */
export const httpPathWords: string[] = ['http', 'https', 'url', 'health', 'check', 'probe', 'endpoint', 'metrics', 'liveness', 'readiness'];

/** Words before a count that bound it from above ("fewer than three zones" is not about three zones). */
export const belowCues: string[] = ['fewer', 'less', 'below', 'under', 'up', 'most', 'maximum'];

/** Words before a figure that bound it from below ("more than 10 ms", "at least 3 zones", "over 2 GB"). */
export const aboveCues: string[] = ['more', 'over', 'above', 'exceeding', 'beyond', 'minimum', 'least'];

/** Words asking how much is left under a maximum ("what room is left", "the headroom remaining"). */
export const roomLeftCues: string[] = ['room', 'headroom', 'remaining', 'spare'];

/** Words before a figure in a fact that cap what it measures ("capped at 1 MiB", "limited to 8 GB"). */
export const capCues: string[] = ['capped', 'cap', 'limited', 'exceed'];

/** Words after a figure and "or" that bound it ("3 zones or more", "10 ms or less"): the first from below, the rest from above. */
export const orBoundCues: { above: string[]; below: string[] } = {
  above: ['more', 'higher', 'greater', 'above', 'later', 'newer'],
  below: ['less', 'fewer', 'lower', 'below', 'earlier', 'older'],
};

/** Words that state a quantity without digits ("several provisioner daemons"), so they answer "how many". */
export const quantityWords: string[] = [
  'several',
  'multiple',
  'many',
  'few',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twice',
  'half',
  'dozen',
  'hundreds',
  'thousands',
];

/** Words asking which products mention something at all, not only which run it as a component. */
export const mentionCues: string[] = [
  'mention',
  'mentions',
  'mentioned',
  'refer',
  'refers',
  'referenced',
  'reference',
  'references',
  'cite',
  'cites',
];

/** Verbs that only say a source gives something ("which options are listed?"), so a part with them names no subject. */
export const statementVerbs: string[] = ['listed', 'named', 'given', 'stated', 'mentioned', 'documented', 'shown', 'offered'];

/** Adverbs that open a claim put as a question ("surely X needs Y?", "presumably X runs Z?"); they ask nothing themselves. */
export const assertionAdverbs: string[] = ['surely', 'presumably', 'obviously', 'clearly', 'certainly', 'of course', 'i assume', 'i guess'];

/** Words of a move between clouds ("off AWS to GCP", "from Azure onto AWS"): the cloud after a "to" word is the one asked about. */
export const moveCues: { from: string[]; to: string[] } = { from: ['from', 'off'], to: ['to', 'onto', 'into'] };

/** Words that open the asker's reason after a question ("… since X bundles one?"): what follows is said, not asked. */
export const reasonOpeners: string[] = ['since', 'because', 'given that', 'seeing as', 'seeing that'];

/** Words that open a condition or a scope before a comma ("if we grow to 6,000 objects, is …", "as usage grows, does …"). */
export const conditionOpeners: string[] = [
  'if',
  'when',
  'once',
  'after',
  'before',
  'while',
  'since',
  'as',
  'assuming',
  'given',
  'suppose',
  'say',
  'in',
  'for',
  'with',
  'on',
  'though',
  'across',
  'besides',
  'apart from',
  'aside from',
  'other than',
  'except',
  'excluding',
  'ignoring',
  'not counting',
  'leaving out',
  'between',
  'among',
  'amongst',
  'during',
  'under',
  'within',
  'without',
  'at',
  'throughout',
  'using',
  'running',
  'having',
  'via',
  'through',
  'behind',
  'inside',
  'outside',
];

/** Words after which a question names the part whose onward parts it asks for ("which parts sit behind the proxy"). */
export const downstreamCues: string[] = ['behind', 'downstream of', 'downstream from'];

/** Verbs of where a part sits that, alone before such a cue, ask for the parts themselves ("what sits behind X"). */
export const downstreamVerbs: string[] = ['sit', 'sits', 'run', 'runs', 'live', 'lives', 'is', 'are', 'there'];

/** Words that describe every architecture archkb holds ("self-hosted"), so they narrow no lookup beside other words. */
export const catalogueScopeWords: string[] = ['self hosted'];

/** Nouns a list question counts ("name the four items"): the count says how long the list is, not a word to match. */
export const enumeratedNouns: string[] = ['item', 'items', 'thing', 'things', 'element', 'elements', 'entries', 'entry', 'members'];

/** Words too general to name a technology, so "which products use a database" is not read as one product's component. */
export const generalTechnologyWords: string[] = [
  'service',
  'server',
  'database',
  'data',
  'storage',
  'cloud',
  'store',
  'product',
  'tool',
  'component',
  'need',
  'use',
  // A rate's "per second" names no technology, though a part may be the "second site".
  'per',
  'second',
];

/** Words for products that, after one of a category's other names, name the category ("low-code builders", "IAM solutions"). */
export const categoryKindWords: string[] = ['solution', 'system', 'offering', 'stack', 'suite', 'app', 'option', 'one'];

/** Words of category names that alone do not name a category ("server" in "identity servers"). */
export const categoryCommonWords: string[] = ['server', 'service', 'cloud', 'tool', 'builder', 'management', 'access', 'environment'];
