/**
 * Every word of the site's own interface in English: navigation, headings, labels,
 * buttons, hours and the sentences around the clinic's facts. The clinic's content
 * (content/) says everything else. Each other language has a table of the same shape
 * (src/i18n/fr.ts): a key missing there, or one too many, fails the type check.
 *
 * Sentences with links in them are written whole, so that a translation can put the
 * link where its grammar needs it: `[words](name)` is a link whose text is those words,
 * `{name}` one whose text is a fact (a phone number, an email address, a name).
 * src/lib/i18n/rich-text.ts reads them; the component that shows one says what each name links to.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  /** The language's own name, as the language switcher shows it. */
  languageName: 'English',
  skipLink: 'Skip to main content',
  nav: {
    main: 'Main',
    menu: 'Menu',
    site: 'Site',
    breadcrumb: 'Breadcrumb',
    pagination: 'Pagination',
    home: 'Home',
    services: 'Services',
    therapists: 'Therapists',
    articles: 'Articles',
    contact: 'Contact',
    topics: 'Topics',
    locations: 'Locations',
  },
  footerNav: {
    visit: 'Visit',
    learn: 'Learn',
    about: 'About',
    bookAppointment: 'Book an appointment',
    firstVisit: 'Your first visit',
    faq: 'Questions and answers',
    contact: 'Contact and directions',
    servicesAndPrices: 'Services and prices',
    ourTherapists: 'Our therapists',
    articles: 'Articles',
    topics: 'Topics',
    search: 'Search',
    aboutClinic: 'About the clinic',
    editorialPolicy: 'Editorial policy',
    cancellationPolicy: 'Cancellation policy',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
  },
  footer: {
    visitUs: 'Visit us',
    ourLocations: 'Our locations',
    openInMaps: 'Open in maps',
    directionsAndParking: 'Directions and parking',
    phone: 'Phone:',
    email: 'Email:',
    openingHours: 'Opening hours',
    elsewhere: 'The clinic elsewhere',
    regulator: 'Our therapists are regulated by the {regulator}: [check a registration](register) · [make a complaint](complaints)',
    notAdvice: 'Articles on this site are general information, not individual medical advice.',
  },
  booking: {
    bookAMassage: 'Book a massage',
    bookAMassageOnline: 'Book a massage online',
    call: 'Call',
    /** "Book a therapeutic massage": the service's name as in its title, in lower case. */
    bookService: (name: string) => `Book ${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`,
    /** " 60-minute therapeutic massage": read after "Book" by screen readers. */
    bookServiceLength: (name: string, minutes: number) => ` a ${minutes}-minute ${name}`,
    bookLength: (length: string) => `Book ${length}`,
    book: 'Book',
    withWhom: (name: string) => ` with ${name}`,
    atPlace: (place: string) => ` at ${place}`,
    serviceWith: (booking: string, firstName: string) => `${booking} with ${firstName}`,
    chooseTherapistThere: (firstName: string, name: string) => `Choose ${firstName} on the booking page, which opens with the ${name} selected.`,
    chooseLength: 'Choose a length:',
    chooseLengthOnline: 'Choose a length to book online:',
    aboutService: (name: string) => `About ${name}: what to expect, who it helps`,
    bookWith: (firstName: string) => `Book with ${firstName}`,
    bookWithTherapist: (name: string, credentials: string) => `Book with ${name}, ${credentials}`,
    accepting: (firstName: string) => `${firstName} is accepting new clients.`,
    notAccepting: (firstName: string) => `${firstName} is not taking new clients at the moment; existing clients can book as usual.`,
    aboutPerson: (name: string) => `About ${name}`,
    preferToCall: 'Prefer to call?',
    lengthsTable: (service: string, at: string) => `${service}: lengths, prices and booking links${at}`,
    length: 'Length',
    price: 'Price',
    bookingColumn: 'Booking',
    from: (price: string) => `From ${price}`,
  },
  hours: {
    /** Monday first. */
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    daysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    /** "Monday to Thursday". */
    dayRange: (first: string, last: string) => `${first} to ${last}`,
    /** "09:00" → "9:00 a.m.", "12:00" → "12:00 p.m." (Canadian style). */
    time: (hours24: number, minutes: number) => `${hours24 % 12 === 0 ? 12 : hours24 % 12}:${String(minutes).padStart(2, '0')} ${hours24 < 12 ? 'a.m.' : 'p.m.'}`,
    range: (opens: string, closes: string) => `${opens} – ${closes}`,
    closed: 'Closed',
    openingHours: 'Opening hours',
    day: 'Day',
    hours: 'Hours',
    holidayHours: 'Holiday hours',
    /** Between a special day (and its note) and its hours. */
    dayThenHours: ': ',
  },
  article: {
    by: 'By',
    reviewedBy: 'Reviewed by',
    on: ' on ',
    published: 'Published',
    lastUpdated: 'Last updated',
    effective: 'Effective',
    readingTime: (minutes: number) => `${minutes} min read`,
    topics: 'Article topics',
    onThisPage: 'On this page',
    sources: 'Sources',
    relatedServices: 'Related services',
    relatedArticles: 'Related articles',
    aboutThisArticle: 'About this article',
    disclaimer: 'This article is general information, not individual medical advice.',
    seeADoctor:
      'If you have severe or worsening pain, pain after a fall or accident, numbness, leg weakness, fever, or new trouble controlling your bladder or bowels, see a doctor or call emergency services.',
    howWeWrite: 'How we write and review our articles',
    newer: '← Newer articles',
    older: 'Older articles →',
    pageOf: (current: number, last: number) => `Page ${current} of ${last}`,
    feedTitle: (clinic: string) => `${clinic}: articles`,
    feedDescription: (clinic: string) => `Health articles from ${clinic}'s registered massage therapists.`,
  },
  durations: {
    /** "60 min": minutes read fastest in a price table. */
    short: (minutes: number) => `${minutes} min`,
    /** "60 minutes": the spoken form. */
    long: (minutes: number) => `${minutes} minutes`,
  },
  /** "back pain, hip health and pregnancy". */
  listJoin: { comma: ', ', and: ' and ' },
  counts: {
    articles: (n: number) => plural(n, 'article', 'articles'),
    services: (n: number) => plural(n, 'service', 'services'),
  },
  therapist: {
    accepting: 'Accepting new clients',
    notAccepting: 'Not taking new clients',
    notAcceptingNow: 'Not taking new clients at the moment',
    languages: (list: string) => `Languages: ${list}`,
    registration: 'Registration',
    registrationNumber: (body: string, number: string) => `${body}, registration number ${number}. `,
    checkRegister: 'Check the public register',
    focus: 'Practice focus',
    languagesTerm: 'Languages',
    where: 'Where',
    services: 'Services',
    bookAService: (firstName: string) => `Book a service with ${firstName}`,
    articlesBy: (firstName: string) => `Articles by ${firstName}`,
    reviewedBy: (firstName: string) => `Articles reviewed by ${firstName}`,
    description: (name: string, credentials: string, role: string, clinic: string, focus: string) =>
      `${name}, ${credentials}: ${role.toLowerCase()} at ${clinic}. ${focus}. Registration, languages and booking.`,
  },
  service: {
    relatedTopics: 'Related topics',
    lengthsAndPrices: 'Lengths and prices',
    whoOffersIt: 'Who offers it',
    relatedArticles: 'Related articles',
    allServices: 'All services',
    testimonials: 'What clients say',
  },
  home: {
    seeServices: 'See services and prices',
    orCall: 'Or call',
    services: 'Services',
    yourTherapists: 'Your therapists',
    allTherapists: 'All therapists',
    latestArticles: 'Latest articles',
    allArticles: 'All articles',
    locationAndHours: 'Location and hours',
    locationsAndHours: 'Locations and hours',
    openInMaps: 'Open in maps',
    aboutLocation: (name: string) => `About ${name}`,
    openingHours: 'Opening hours',
    openingHoursAt: (name: string) => `Opening hours: ${name}`,
  },
  contact: {
    title: 'Contact and directions',
    description: (clinic: string, locality: string) =>
      `How to reach ${clinic}: address, phone, email, opening hours, parking, transit and step-free access to the clinic in ${locality}.`,
    descriptionSeveral: (clinic: string, count: number) =>
      `How to reach ${clinic}'s ${count} locations: addresses, phones, opening hours, parking, transit and step-free access.`,
    reachUs: 'Reach us',
    phone: 'Phone:',
    email: 'Email:',
    openInMap: 'Open the clinic’s location in a map',
    bookAppointment: 'Book an appointment',
    whenOpen: 'When we are open',
    parking: 'Parking',
    transit: 'Transit',
    premisesAccessibility: 'Accessibility of the clinic',
    questions: 'Questions?',
    note: 'Call {phone}, email {email}, or see [how to find us](contact).',
  },
  location: {
    addressAndPhone: 'Address and phone',
    openLocationInMap: (name: string) => `Open ${name} in a map`,
    accessibility: 'Accessibility',
    bookAt: (name: string) => `Book at ${name}`,
    therapistsAt: (name: string) => `Therapists at ${name}`,
    allLocations: 'All locations',
    ourLocations: 'Our locations',
    description: (name: string, street: string, locality: string) =>
      `${name}, ${street}, ${locality}: opening hours, phone, parking, transit and the therapists and services there.`,
    indexDescription: (clinic: string, count: number) =>
      `${clinic} has ${count} locations: addresses, opening hours, phones and directions for each, and who practises where.`,
  },
  book: {
    title: 'Book an appointment',
    description: 'Choose a massage and its length, or a therapist, and book online in a minute; or call the clinic. Cancellation terms are below.',
    intro: 'Online booking opens on our booking system with your choice already selected. Prefer to talk to someone? Call {phone}.',
    cancellations: 'Cancellations:',
    payment: 'Payment:',
    giftCard: 'Buy a gift card',
    chooseService: 'Choose a service',
    chooseTherapist: 'Or choose a therapist',
    serviceAndLengthWith: (firstName: string) => `Or choose a service and length with ${firstName}`,
  },
  lists: {
    servicesTitle: 'Massage therapy services',
    servicesDescription: 'Therapeutic, deep tissue, relaxation and prenatal massage by registered massage therapists, with lengths, prices and online booking.',
    therapistsTitle: 'Our therapists',
    therapistsDescription: (clinic: string) =>
      `Meet ${clinic}’s registered massage therapists: their training, registration, practice focus, languages, and whether they are taking new clients.`,
    topicsTitle: 'Topics',
    topicsDescription: (list: string) => `Browse our health articles and massage services by topic${list ? `: ${list}` : ''}.`,
    topicArticles: 'Articles',
    topicServices: 'Services that can help',
    allTopics: 'All topics',
    articlesTitle: 'Articles',
    articlesPageTitle: (current: number, last: number) => `Articles, page ${current} of ${last}`,
    articlesDescription: (clinic: string, about: string, page: string) => `Health articles from ${clinic}’s registered massage therapists${about}.${page}`,
    articlesAbout: (list: string) => ` on ${list}`,
    articlesPage: (current: number, last: number) => ` Page ${current} of ${last}.`,
  },
  search: {
    title: 'Search',
    description: "Search the clinic's health articles, massage services and therapist profiles.",
    label: 'Search articles, services and therapists',
    button: 'Search',
    noScript: 'Search needs JavaScript. You can browse [all articles](articles), [topics](topics) and [services](services).',
    /** What the search page's script says, as templates: it is given them by the page, in its language (src/lib/routes/search.ts). */
    status: {
      searching: 'Searching…',
      none: 'No results for “{query}”.',
      one: '1 result for “{query}”',
      many: '{count} results for “{query}”',
      cut: 'Showing {shown} of {results}. Add a word to narrow them down.',
      all: '{results}.',
      unavailable: 'Search is not available right now. Browse the articles or topics instead.',
    },
  },
  notFound: {
    title: 'Page not found',
    description: "We could not find that page. It may have moved; these links lead back to the clinic's services and articles.",
    home: 'Home',
    services: 'Services and prices',
    articles: 'Articles',
  },
  regulator: {
    heading: 'Regulation and complaints',
    body: 'Our massage therapists are registered with and regulated by the {regulator}, which protects the public. You can [check any therapist’s registration](register) on its public register, and raise a concern about care you received through its [complaints process](complaints).',
  },
  privacy: {
    heading: 'Who is responsible for your privacy',
    body: 'Responsible for how the clinic handles personal information: {officer}. To see or correct what we hold about you, or to raise a concern, email {email}.',
    complain: 'If you are not satisfied with our answer, you can complain to the {commissioner}.',
  },
  /** The privacy page's words on what the site counts, when the clinic has turned counting on (clinic.yaml, analytics). */
  analytics: {
    heading: 'What this site counts',
    counted: 'This site counts how often its pages are visited, how long and how far down each is read, and how often its booking buttons are clicked, with the page and the place on it where each click was. It never counts who you are: no cookies, nothing stored in your browser, nothing that identifies a person, and nothing at all when your browser sends Global Privacy Control.',
    byPlausible: 'The counts are kept as totals by {provider}, a privacy-friendly analytics service, on its servers in the European Union.',
    byOwnServer: 'The counts are kept as totals on the clinic’s own analytics server, {host}.',
  },
  og: {
    /** The default sharing image's alt text. */
    siteImageAlt: (clinic: string, tagline: string) => `${clinic}: ${tagline}`,
    /** The small line above an article's headline on its sharing image. */
    articleKicker: 'Health article',
    articleByline: (name: string, credentials: string, clinic: string) => `By ${name}, ${credentials} · ${clinic}`,
    siteKicker: 'Registered massage therapy',
  },
  structuredData: {
    /** What search engines are told a therapist's registration is. */
    credentialCategory: 'Professional registration',
    credentialName: (credentials: string, number: string) => `${credentials}, registration number ${number}`,
  },
  preview: {
    /** The banner on every page of a preview build (a pull request's), never on the live site. */
    banner: 'Preview: not published. This copy shows drafts and scheduled articles, and search engines are asked not to index it.',
    draft: 'This article is a draft: it is not on the live site.',
    scheduled: (date: string) => `This article is scheduled: it appears on the live site on ${date}.`,
  },
};

/** The shape every language's table has: the same keys, each a string (or a function making one) in that language. */
export type InterfaceStrings = typeof en;
