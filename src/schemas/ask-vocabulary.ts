import { z } from 'zod';

const words = z.array(z.string().min(1)).describe('Lower-case words.');

/** The ask engine's vocabulary (data/ask-vocabulary.ts): synonyms, cue words and what archkb never holds. */
export const AskVocabularySchema = z.looseObject({
  synonyms: z.record(z.string(), words).describe('A word people write, and the canonical words the fact index uses.'),
  phrases: z.array(z.tuple([z.string(), z.string()])).describe('Regular expressions over lower-cased text and their replacement.'),
  rewordings: z
    .array(z.tuple([z.string(), z.string()]))
    .describe('Case-insensitive regular expressions over the whole question and the usual wording each is rewritten to before reading.'),
  stopwords: words.describe('Words that carry no meaning for lookup.'),
  assertionAdverbs: words.describe(
    'Adverbs opening a claim put as a question ("surely X needs Y?"); the clause after them is the question, and they ask nothing themselves.',
  ),
  moveCues: z
    .strictObject({ from: words, to: words })
    .describe(
      'Words of a move between clouds ("off AWS to GCP"); of several clouds named, the one after a "to" word that follows a "from" word is asked about.',
    ),
  conditionOpeners: words.describe(
    'Words opening a condition or scope before a comma ("if we grow to 6,000 objects, is …"); the question follows the comma. A space stands for any run of spaces.',
  ),
  downstreamCues: words.describe('Words after which a question names the part whose onward parts it asks for ("behind the proxy").'),
  downstreamVerbs: words.describe('Verbs of where a part sits that, alone before a downstream cue, ask for the parts themselves.'),
  catalogueScopeWords: words.describe('Words that describe every architecture archkb holds, so beside other words they narrow no lookup.'),
  enumeratedNouns: words.describe('Nouns a list question counts ("name the four items"), so the count before them is no word to match.'),
  attributeCues: z.record(z.string(), words).describe('Cue words per fact attribute.'),
  yesNoOpeners: words,
  yesNoPredicates: words.describe('Predicates that ask yes or no when they close a short question or open one before "to".'),
  questionTagSubjects: words.describe('Subjects of a closing tag (", isn\'t it?"), which asks whether the statement holds.'),
  questionTagWords: words.describe('Words that close a statement as a question on their own (", right?").'),
  unitWords: words.describe('Words that, right after a product\'s name ("the X pods"), mean the product\'s own running service.'),
  unitLeadWords: words.describe('Words that may stand between a product\'s name and a unit word ("the X application containers").'),
  wholeProductWords: words.describe('Words that, right after a product\'s name ("an X deployment"), mean the whole product, not one fact.'),
  troubleWords: words.describe('Words asking whether something is a problem ("is that an issue?"), whose yes means trouble, not support.'),
  releaseAgeWords: words.describe(
    'Words that, before "version", name a release in an upgrade ("the new version is ready"), not ask which version.',
  ),
  vendorOperatedCues: z
    .object({
      verbs: words.describe('Verbs of running a service.'),
      owners: words.describe('Words naming the vendor as the one running it.'),
    })
    .describe('Words asking whether a product relies on something its vendor runs ("a service X itself operates").'),
  exclusionPredicates: words.describe(
    'Predicates that ask whether something is ruled out ("is X ruled out?"), which a rule against it answers yes.',
  ),
  claimReferenceWords: words.describe(
    'Words a check of a claim may hold besides the claim cues ("Is it what the guide states?"), so the claim before it is what is asked.',
  ),
  claimCues: words.describe('Words by which an asker offers a figure to be confirmed ("I remember 100 %, is that right?").'),
  boundCues: words.describe('Words by which a figure in a question is a bound to test, not a claim ("is 4 GB enough?").'),
  pointedPartNouns: words.describe(
    'Nouns that, after "is that the", point back at a part the sentence before names ("Is that the store X uses?").',
  ),
  defaultPhrases: words.describe('Phrases meaning "by default" ("out of the box"), as regular expressions over lower-cased text.'),
  settingNouns: words.describe(
    'Nouns naming a setting ("what hashing settings"): after "what" or "which" they ask for a value, which nothing computes.',
  ),
  aimQualifiers: words.describe('Words before the goal of a plan ("for max uptime"): the goal says why, not what is asked.'),
  aimVerbs: words.describe('Verbs of a plan\'s aim ("turn X off to save RAM"): the resource after them says why, not what is asked.'),
  valueVerbs: words.describe('Verbs that give a setting a value ("set it to 10").'),
  unsetVerbs: words.describe('Verbs that take a setting\'s value away, so it falls back to its default ("if I delete the variable").'),
  referringWords: words.describe('Words that refer back to a thing named earlier in the question ("set it to 10").'),
  passiveLinkWords: words.describe('Words that join a referring word to a value verb in the passive ("if it gets set to 10").'),
  joiningWords: words.describe('Words that join two things asked in one question ("the task size + the grace period").'),
  negativeNecessityCues: words,
  positiveNecessityCues: words,
  computeCues: words,
  unsetCues: words.describe('Words by which a question asks whether something is left unset, so "none is set" answers yes.'),
  massNouns: words.describe('Nouns that ask for every fact of their kind, as a plural does.'),
  embeddedQuestionCues: words.describe('Verbs after which a scene sentence holds the real question, whose words then count as asked.'),
  selfRunCues: z
    .strictObject({ verbs: words, own: words })
    .describe('Verbs of running a part and phrases of owning it, which together ask whether the reader runs it.'),
  statedTotalWords: words.describe('Words by which a note states a total of its own, so it can answer a sum.'),
  compareCues: words,
  filterCues: words,
  productNouns: words,
  extremeCues: z.strictObject({ min: words, max: words }),
  comparativeCues: z
    .strictObject({ more: words, less: words })
    .describe('Comparatives asking which compared product has more or less of a resource.'),
  resourceWords: z.record(z.string(), z.enum(['nodes', 'vcpu', 'memoryGiB', 'storageGiB', 'iops'])),
  frequencyWords: words.describe('Words by which a fact states how often something happens, which a "how often" question asks for.'),
  sizeWords: words.describe(
    'Words asking how big a thing is ("the size of the volume"), so a resource word in its name asks for a figure.',
  ),
  requestLimitCues: z.strictObject({ request: words, limit: words }),
  unanswerableTopics: z.array(
    z.strictObject({
      words,
      reason: z.string().min(1),
      weighed: words
        .optional()
        .describe(
          'Words of the topic a vendor may weigh in words ("lower cost"): a question using only these, asking no amount, is answered from the facts of a product that uses them.',
        ),
      amountCues: words
        .optional()
        .describe('Words or phrases asking for an amount of the topic ("how much", "per month"), which stays declined.'),
      weighedTails: words
        .optional()
        .describe('Words after a weighed word that ask what it weighs, not an amount ("cost items", "costs less").'),
      modifierTails: words
        .optional()
        .describe('Words joined to a topic word to describe something ("cost-effective"), which then does not ask for the topic.'),
      modifierHeads: words
        .optional()
        .describe('Words before a topic word that make it a load, not the topic ("CPU cost"), which then does not ask for the topic.'),
    }),
  ),
  knownOtherProducts: z.record(z.string(), words).describe('Products archkb has no architecture for, by nearest category id (or "other").'),
  everyCues: words,
  componentListCues: words.describe('Words asking for the parts a deployment is made of.'),
  necessityFilterCues: z
    .strictObject({ required: words, recommended: words, optional: words, conditional: words })
    .describe('Words filtering a component list by necessity level.'),
  stateCues: words.describe('Words asking which parts hold state (those whose role keeps data).'),
  partListCues: words.describe('Words asking for the parts (containers) one component runs as.'),
  componentListFiller: words.describe("Words that only frame a question about a deployment's parts."),
  overviewCues: words,
  scopeCues: z
    .record(z.enum(['minimum', 'recommended', 'production', 'high-availability', 'reference', 'default', 'tested', 'example']), words)
    .describe('Words naming the scope of a set of figures.'),
  countNouns: words.describe('Words that count copies of a component.'),
  explicitCompareCues: words.describe(
    'Words setting one thing against another outright ("compared with X"); a product named after one is compared.',
  ),
  jointProductWords: words.describe(
    'Words of an asking sentence that set its product beside one named before it ("both", "than"): that one is asked about too.',
  ),
  originPatterns: words.describe(
    'Regular expressions whose first group is the product a move leaves ("from A to B"); the question asks of the other.',
  ),
  proposalVerbs: words.describe(
    'Verbs of setting up that, opening a short question closed by "?", propose a plan to judge ("run two of X in one cluster?").',
  ),
  doingVerbs: words.describe('Verbs of what a product does that make a short statement closed by "?" ask yes or no ("X needs Y?").'),
  closingPredicates: words.describe('Judgements that ask yes or no when they close a short question ("… recommended?", "arm64 support?").'),
  closingTails: words.describe(
    'Words that may follow a closing judgement in a short phrase ("… enabled by default?"), which still asks yes or no.',
  ),
  statefulCues: words.describe('Words asking whether a part holds state, said of the part itself ("is X stateful?").'),
  statelessCues: words.describe('Words asking whether a part holds no state ("is X stateless?").'),
  remainderCues: words.describe('Words that, with a part set aside ("besides X, what else …"), ask for the product\'s other parts.'),
  layoutExtraCues: words.describe(
    'Words that, with two layouts of one product named, ask for the parts one has beyond the other ("what does the two-site layout add").',
  ),
  pointingWords: words.describe('Words pointing back at something named before ("its", "that"): a product named before may be meant.'),
  ownerPointingWords: words.describe(
    'Possessive pointing words ("its", "their"): after a product the asking sentence names, they mean that product, not one named before.',
  ),
  measureAdjectives: words.describe('Adjectives of measure after a counted noun ("how many characters long"), which still count the noun.'),
  perNodePatterns: words.describe('Regular expressions for asking the size of one node ("per-node spec"), which no total answers.'),
  genericNameWords: words.describe('Words too common in component names to name one alone.'),
  wholeCues: words.describe("Words asking for the whole deployment's total."),
  resourceNouns: words.describe('Words asking for figures without naming a resource.'),
  antonymPairs: z
    .array(z.tuple([z.union([z.string().min(1), z.array(z.string().min(1)).min(2)]), z.string().min(1)]))
    .describe(
      'Word pairs that answer each other with a no; a first side of several words is one meaning said several ways, any of which in the fact keeps it from opposing.',
    ),
  exclusiveCues: words.describe('Words asking about something other than what a fact names.'),
  restrictionCues: words.describe('Words restricting a fact to what it names.'),
  restrictionCaseWords: words.describe('Words opening the case a restriction keeps to ("only for an external store").'),
  demandWords: words.describe('Words by which a fact demands what it names ("must support HTTP/2"), so another version does not do.'),
  necessityLevelWords: words.describe('Words naming a part\'s level of need ("still optional?"), which ask and never meet a condition.'),
  listOpeners: words.describe('Imperatives that ask for a list ("List the places …", "Name all …"): a part\'s named examples answer them.'),
  choiceNouns: words.describe(
    'Nouns that, after "which" or "what", ask for the choices a part allows ("which storage options …"): its named examples answer them.',
  ),
  optionalWords: words.describe(
    'Words asking whether something may be left out ("is TLS optional?"), which a switch off by default answers with a yes.',
  ),
  permissionWords: words.describe('Words saying a restricted kind is the one permitted, after "only the X is".'),
  obligationPhrases: words.describe('Phrases of need that close a claim singling one thing out ("only X must").'),
  durationWord: z
    .string()
    .min(1)
    .describe('The concept word the phrases give "how long" and every stated span of days to years; an answer to "how long" must hold it.'),
  shortTimeUnits: words.describe('Units of time below a day that also state a span ("900 seconds").'),
  settingKindWords: words.describe(
    'Nouns naming a kind of setting; asked of a product whose facts never use one, no setting of that kind is stated.',
  ),
  timeUnits: words.describe('Units of time; a number written right before one is a span ("10 minutes ago"), never a load.'),
  timeSpanNames: words.describe(
    'Names of a span of time a setting may hold ("timeout", "run time"); a question asking for one asks for no rated load, however "max" reads.',
  ),
  necessityNegators: words.describe('Words that, right before a word asking for necessity ("not needed"), ask whether it can go.'),
  limitSetAsideWords: words.describe('Words that, a few words before a limit word, set the limit aside and ask for the request.'),
  determinerWords: words.describe('Articles and possessives skipped between a ruled-out kind and the word modifying it.'),
  catalogueWords: words.describe('Words for what every entry of archkb is ("reference architecture"); they name no one variant.'),
  peopleNouns: words.describe('Words for the people behind a load; a count of them takes the one driver the question names elsewhere.'),
  growthCues: words.describe(
    'Words of growth before a figure ("expect 90 next year"); a bare figure after one is a later load of the driver the question already gave.',
  ),
  horizonWords: words.describe(
    'Words opening a time horizon right after a figure ("200k by year 2"); with a unit of time or quarter a few words on, the bare figure is a later load.',
  ),
  relativeTimeWords: words.describe(
    'Words before a unit of time that make it a span or relative time ("next year"); a figure after such a unit is not a numbered time.',
  ),
  changeNouns: words.describe('Nouns for the change between two figures; a part asking only for one is answered by a computed change.'),
  marginCues: words.describe('Words asking how far one figure lies past another ("above the request"), besides change nouns.'),
  calendarWords: words.describe('Calendar words a time horizon may end on besides units of time ("by Q3").'),
  countLinkWords: words.describe(
    'Words that tie a count of copies to the part named before them ("the worker at 2 replicas", "scaled to 3 pods"), as a running verb does.',
  ),
  singleArticles: words.describe(
    'Articles that count one thing as "one" does ("with a PVC"); a resource word after one names a thing, not an amount.',
  ),
  productPlaceWords: words.describe(
    'Words between a word for products and its verb that only say where the products are ("in the catalogue").',
  ),
  productUseVerbs: words.describe('Verbs that, right after a word for products, ask which products use a thing ("which products use X").'),
  productExclusionCues: words.describe('Words before a product\'s name that leave it out of a question across products ("besides X").'),
  loadQualifiers: words.describe('Words that qualify a load between its number and its name ("500 combined … requests per second").'),
  concurrencyWords: words.describe(
    'Words a load label uses for things in use at once; people counted at the same time take the one driver with such a word.',
  ),
  existenceCues: words.describe('Words asking whether something exists or comes with the product, not whether to use it.'),
  drawbackCues: words.describe('Words asking whether a choice has a drawback, which a stated limitation or warning confirms.'),
  existenceOpeners: words.describe('Words that, beside a drawback word, ask whether one exists ("is there any").'),
  scopePrepositions: words.describe('Prepositions that, right before a product name ("inside Frobcore"), only say whose answer is asked.'),
  weakKindWords: words.describe('Cue words naming the kind a "which" asks for only together with another cue of that kind.'),
  negationWords: words.describe('Words that negate a sentence.'),
  describedPartNouns: words.describe(
    'Nouns naming a part by what it does ("the bit that routes requests"), resolved before the question asked of it.',
  ),
  questionWords: words.describe('Words opening a question ("how many"), where the words describing a number before them end.'),
  privativeWords: words.describe(
    'Verbs of losing or lacking ("do I lose the count?"), which deny what they take as a negation does: "without losing" keeps it.',
  ),
  privativeGuards: words.describe('Verbs that deny the loss after them ("survive losing a zone"), so that loss negates nothing.'),
  deploymentNouns: words.describe(
    'Nouns for a way of deploying a product ("a multi-cluster setup"); they ask nothing besides the way itself.',
  ),
  supportCues: words.describe('Words asking whether a way of deploying is supported ("is ECS supported?", "is Docker an option?").'),
  mandatoryCues: words.describe('Words asking whether a way of deploying is the only one ("is Kubernetes mandatory for X?").'),
  adoptingVerbs: words.describe('Verbs that may stand between a necessity word and a way of deploying ("mandatory to use X").'),
  softNegations: words.describe(
    'Negation words that do not ask the opposite of a yes/no question ("no", "without"); contractions never do.',
  ),
  allowanceCues: words.describe('Words by which a note on a version outside the stated range still allows it ("13.x may still be used").'),
  settingStates: z.strictObject({ on: words, off: words }).describe('Setting values meaning on and off.'),
  shareWords: words.describe('Words that make a CPU or memory number a share (a utilisation target) rather than an amount.'),
  kindWords: words.describe('Words after a resource word asking which kind ("instance type"), so no figure is asked.'),
  exclusionPatterns: z
    .array(z.string().min(1))
    .describe('Regular expressions over lower-cased text whose first group is something the question leaves out.'),
  sumExclusionPatterns: z
    .array(z.string().min(1))
    .describe('Regular expressions like exclusionPatterns that leave something out only of a computation ("without X").'),
  contrastPatterns: z
    .array(z.string().min(1))
    .describe('Regular expressions over lower-cased text whose first group is an alternative the question sets aside.'),
  outageCues: z.strictObject({ outage: words, survival: words }).describe('Words asking whether a deployment survives an outage.'),
  sceneSubjects: words.describe(
    'Words opening a statement about the asker\'s situation ("we\'re deploying X for 8k users"); such a piece before a question is asked with it, not as a question of its own.',
  ),
  loadNouns: z
    .strictObject({ words, notBefore: words })
    .describe(
      'Words naming load in general ("how large a load can it serve"), which ask for a rated load like a named load does, and the words after one that make it part of a name instead ("load balancing", "load test").',
    ),
  adviceCues: z
    .strictObject({ advice: words, strict: words })
    .describe(
      'Words asking whether the vendor advises a part ("should we add it", "is it recommended"), and the words that ask whether it is strictly required instead; a question with advice words and no strict one asks for the advice.',
    ),
  outcomeCues: z
    .strictObject({ fail: words, survive: words, conditions: words, dependence: words })
    .describe(
      'Words of a main clause asking that the deployment goes down or keeps running, the words that open its trailing condition, and the words that make it a question about the dependency.',
    ),
  settingWords: words.describe('Words setting the scene of a yes/no question without asking anything.'),
  ownAppWords: words.describe('Words that, right after a product\'s name ("the Frob app"), name its own application component.'),
  mainPartWords: words.describe('Words calling one part the chief one of its kind ("the main database").'),
  versionListCues: words.describe("Words asking for the versions of a product's prerequisites as a whole."),
  fitCues: words.describe('Words asking whether figures the asker offers meet what the sources state.'),
  trialRunWords: words.describe('Words for a trial run of a deployment ("for my PoC"): a scene, never a part or a name.'),
  answerFrameWords: words.describe(
    'Nouns that, right after "what" or "which", name the kind of answer rather than a thing ("in what case").',
  ),
  preparationWords: words.describe(
    'Words of readying a part ahead of a step ("set up X before we can run Y"); in a yes/no question they ask only whether it is needed.',
  ),
  distinctPartWords: words.describe(
    'Words saying a part stands on its own ("the separate workers"); in a necessity question they restate the part.',
  ),
  acquiringWords: words.describe('Words of getting a part ("must we buy X"); in a yes/no question they ask only whether it is needed.'),
  alwaysWords: words.describe(
    'Words claiming a part is needed in every case ("must always be provisioned"), which a part needed only under a condition denies.',
  ),
  ownershipWords: words.describe(
    'Words naming a vendor\'s own build of a thing ("its own image", "the custom image"), which a rule "X other than its own" allows.',
  ),
  layoutSeveralWords: words.describe(
    'The word the question reading writes for "multiple" or "many" before a layout noun ("multiple clusters" reads "multi cluster"); a question counts it as several.',
  ),
  alsoWords: words.describe(
    'Words asking the same of another product ("A uses X; does B also use X?", "…, B too?"), so a statement about the first is no part of the question.',
  ),
  continuationWords: words.describe(
    'Words asking whether a part goes on serving ("can we keep relying on X"); in a yes/no question they ask only whether it is needed.',
  ),
  likenessWords: words.describe('Words widening a named thing to its kind ("or a similar secrets store"); they ask nothing of their own.'),
  quantityWords: words.describe('Words stating a quantity without digits.'),
  reasonOpeners: words.describe(
    'Words opening the reason a question gives after it ("since X bundles one"); what follows is said, not asked.',
  ),
  compoundTailWords: words.describe(
    'Last words that make a hyphenated run prose ("refresh-token-heavy load"), not the name of a setting the question asks about.',
  ),
  singleWords: words.describe('Words that count one of what follows them ("a single pod").'),
  adviceLevelWords: words.describe('Words naming the advised level of need ("is X optional or recommended?"), beside the levels of need.'),
  demonstrativeWords: words.describe('Words pointing at a thing named before when a noun follows them ("that row").'),
  letterGreetings: words.describe('Words opening a question written as a letter ("Hi Sam,"); with the name after them they ask nothing.'),
  letterSignOffs: words.describe(
    'Words closing a question written as a letter ("Thanks, Sam"); with the name after them they ask nothing.',
  ),
  countWords: z
    .record(z.string(), z.number().int().positive())
    .describe('Counts written as words ("three"), with their value, so "three zones" meets "3 zones".'),
  numberWords: z
    .record(z.string(), z.number().int().positive())
    .describe('Numbers from eleven to ninety written as words, with their value; with countWords they spell larger numbers.'),
  numberScales: z
    .record(z.string(), z.number().int().positive())
    .describe('Words multiplying the number before them ("two hundred", "a thousand"), with their factor.'),
  spelledUnits: z
    .record(z.string(), z.string().min(1))
    .describe('Units written out after a number ("thirty kilobytes", "four gigs"), with the abbreviation the number reader knows.'),
  versionWords: words.describe('Words asking for a version of something ("Redis version").'),
  hostnameWords: words.describe(
    'Words asking for host names ("which hostnames"), which a fact may give by writing one ("api.example.com").',
  ),
  closingScopeWords: words.describe(
    'Words before a product\'s name closing a question ("which parts use X in Product Y") that make the product the scope, not part of a name.',
  ),
  networkAddressNouns: words.describe('Nouns after "IP" that ask for addresses ("IP ranges"), unlike "an IP allow list".'),
  networkAddressWords: words.describe('Words asking for network addresses ("which IP ranges"), which a fact gives only by writing one.'),
  spanQuestionWords: words.describe(
    'Words by which a question asks how long or how often ("how long are releases supported"): it asks for a span, not a version.',
  ),
  versionLinkWords: words.describe('Words that may link a technology to the version a question gives it ("our PostgreSQL is 12.17").'),
  connectionVerbs: words.describe('Verbs asking whether one component connects to another.'),
  subsetPhrases: words.describe('Phrases asking for a part of a whole just counted ("how many of them are public").'),
  objectAuxiliaries: words.describe('Auxiliaries after "which components" that make the component named next the subject of the question.'),
  severalCues: words.describe('Words counting more than one of a thing without a number ("several clusters").'),
  belowCues: words.describe('Words before a count that make it an upper bound ("fewer than three"), not the count itself.'),
  aboveCues: words.describe('Words before a figure that make it a lower bound ("more than 10 ms", "at least 3 zones").'),
  httpPathWords: words.describe(
    'Words right before "path" (one word may stand between) that make it an HTTP path ("health check path"), not an upgrade path.',
  ),
  roomLeftCues: words.describe('Words asking how much is left under a maximum ("what room is left", "the headroom remaining").'),
  capCues: words.describe('Words before a figure in a fact that cap what it measures ("capped at 1 MiB", "limited to 8 GB").'),
  orBoundCues: z
    .object({
      above: words.describe('Words after "or" that make the figure before a lower bound ("3 zones or more").'),
      below: words.describe('Words after "or" that make the figure before an upper bound ("10 ms or less").'),
    })
    .describe('Words after a figure and "or" that bound it from below or above.'),
  mentionCues: words.describe('Words asking which products mention something at all.'),
  statementVerbs: words.describe('Verbs that only say a source gives something ("which options are listed"), naming no subject.'),
  generalTechnologyWords: words.describe('Words too general to name a technology.'),
  categoryCommonWords: words.describe('Words of category names that alone do not name a category.'),
  categoryKindWords: words.describe(
    'Words for products that, after one of a category\'s other names, name the category ("IAM solutions").',
  ),
});

export type AskVocabulary = z.output<typeof AskVocabularySchema>;

/** The ask engine's confidence model (data/ask-calibration.ts): logistic weights and decline thresholds. */
export const AskCalibrationSchema = z.strictObject({
  weights: z.strictObject({
    bias: z.number(),
    coverage: z.number(),
    strength: z.number(),
    linked: z.number(),
    corrected: z.number(),
    lead: z.number(),
    scatter: z.number(),
    length: z.number(),
    words: z.number(),
    uncovered: z.number(),
    aligned: z.number(),
    margin: z.number(),
    unnumbered: z.number().default(0),
    guessed: z.number().default(0),
  }),
  routes: z.record(z.string(), z.number()).describe('Additive weight per route: the answering operation, or the reason for declining.'),
  minimumCoverage: z.number().min(0).max(1),
  minimumStrength: z.number().min(0).max(1),
});

export type AskCalibration = z.output<typeof AskCalibrationSchema>;
