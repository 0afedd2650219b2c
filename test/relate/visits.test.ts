import { describe, expect, it } from 'vitest';
import type { MetFact, VisitFact } from '../../src/model.ts';
import { CAST, factsOf } from './helpers.ts';

const visits = (text: string, published: string | null = '2024-06-20', cast = CAST) =>
  factsOf(text, published, cast).filter((f): f is VisitFact => f.type === 'visit');
const meetings = (text: string, published: string | null = '2024-06-20') =>
  factsOf(text, published).filter((f): f is MetFact => f.type === 'met');

describe('visits: a leader travelling to another state', () => {
  it('reads وصل … إلى with a weekday date', () => {
    const [v, ...rest] = visits('ووصل بوتين إلى كوريا الشمالية في زيارة رسمية الأربعاء.');
    expect(rest).toHaveLength(0);
    expect(v).toMatchObject({ visitor: { label: 'Leader', id: 'vladimir-putin' }, to: 'PRK', date: '2024-06-19', status: 'done' });
    expect(v?.evidence[0]?.rule).toBe('visit:verb+mention|date:weekday');
  });

  it('resolves a city to its state and keeps the city', () => {
    const [v] = visits('ووصل بوتين أمس إلى هانوي.');
    expect(v).toMatchObject({ to: 'VNM', city: 'هانوي', date: '2024-06-19' });
  });

  it('reads زار with its object and a named host', () => {
    const [v] = visits('وزار الرئيس الروسي فلاديمير بوتين الصين حيث التقى شي جين بينغ.');
    expect(v).toMatchObject({ to: 'CHN', host: { id: 'xi-jinping' } });
  });

  it('reads a visit noun with a possessive, taking the visitor from the subject', () => {
    const [v] = visits('وقال بوتين خلال زيارته إلى فيتنام إن العلاقات قوية.');
    expect(v).toMatchObject({ visitor: { id: 'vladimir-putin' }, to: 'VNM' });
  });

  it('takes a dropped subject from the leader in focus', () => {
    const [v] = visits('وأشاد بوتين بالعلاقات. ثم توجه إلى فيتنام.');
    expect(v).toMatchObject({ visitor: { id: 'vladimir-putin' }, to: 'VNM' });
    expect(v?.evidence[0]?.rule).toContain('focus');
  });

  it('skips titles between the verb and the name, and reaches the destination past commas', () => {
    const [v] = visits('ووصل الرئيس الروسي فلاديمير بوتين، اليوم (الخميس)، إلى هانوي.');
    expect(v).toMatchObject({ visitor: { id: 'vladimir-putin' }, to: 'VNM', date: '2024-06-20' });
  });

  it('reads past a comma-enclosed insertion after the verb or an apposition after the visitor', () => {
    expect(visits('ووصل، صباح اليوم، بوتين إلى هانوي.').map((v) => [v.visitor.id, v.to])).toEqual([['vladimir-putin', 'VNM']]);
    expect(visits('ويزور بوتين، الرئيس الروسي، فيتنام حاليا.').map((v) => [v.visitor.id, v.to, v.status])).toEqual([['vladimir-putin', 'VNM', 'done']]);
    expect(visits('ويزور بوتين، الرئيس الروسي، فيتنام الأسبوع المقبل.').map((v) => v.status)).toEqual(['planned']);
    // A leader named inside the insertion is not the visitor.
    expect(visits('ووصل، بحسب ما قال بوتين، الوفد التجاري إلى هانوي.')).toEqual([]);
  });

  it('gives a visit to each of two coordinated travellers, never to one in his own state', () => {
    expect(visits('ووصل شي جين بينغ ونظيره الروسي بوتين إلى فيتنام أمس.').map((v) => v.visitor.id).sort()).toEqual(['vladimir-putin', 'xi-jinping']);
    expect(visits('ووصل بوتين وتو لام إلى هانوي أمس.').map((v) => v.visitor.id)).toEqual(['vladimir-putin']);
  });

  it('reads قام بزيارة with the subject before it', () => {
    expect(visits('وقام بوتين بزيارة مفاجئة لفيتنام أمس.')[0]).toMatchObject({ visitor: { id: 'vladimir-putin' }, to: 'VNM', date: '2024-06-19' });
  });

  it('reads غادر + a city after a visit as a visit to that city\'s state', () => {
    expect(visits('وغادر بوتين هانوي أمس بعد زيارته.')[0]).toMatchObject({ to: 'VNM', city: 'هانوي' });
  });

  it('reads the imperfect as under way, or as planned when dated later', () => {
    expect(visits('ويزور بوتين فيتنام حاليا.').map((v) => v.status)).toEqual(['done']);
    const [p] = visits('ويزور بوتين فيتنام السبت.');
    expect(p).toMatchObject({ status: 'planned', date: '2024-06-22' });
  });

  it('keeps planned and invited visits as planned, never done', () => {
    expect(visits('وسيزور بوتين فيتنام الأسبوع المقبل.').map((v) => v.status)).toEqual(['planned']);
    expect(visits('ودعا تو لام بوتين لزيارة فيتنام.').map((v) => v.status)).toEqual(['planned']);
    expect(visits('ومن المقرر أن يصل بوتين إلى فيتنام.').map((v) => v.status)).toEqual(['planned']);
  });

  it.each([
    ['ولم يزر بوتين فيتنام منذ سنوات.', 'negated'],
    ['وإذا زار بوتين فيتنام فستغضب واشنطن.', 'hypothetical'],
    ['ووصلت مؤخرا فرقاطة روسية إلى كوبا.', 'a ship is not a leader'],
    ['وأشار بوتين إلى وصول السفن الروسية إلى فيتنام.', 'ships arriving'],
    ['وعاد بوتين إلى روسيا بعد جولة.', 'own state'],
    ['وفي إطار جولة في دولتين آسيويتين قال بوتين إن آسيا مهمة.', 'no destination state'],
  ])('is not a visit: %s (%s)', (text) => {
    expect(visits(text)).toEqual([]);
  });
});

describe('meetings', () => {
  it('reads الرئيسان meeting in a city, and the guest\'s visit to the host state', () => {
    const text = 'وقدم تو لام التهنئة لبوتين على إعادة انتخابه، وذلك لدى لقاء الرئيسين في هانوي.';
    const [m] = meetings(text);
    expect([m?.a.id, m?.b.id]).toEqual(['to-lam', 'vladimir-putin']);
    expect(m?.place).toBe('هانوي');
    const [v] = visits(text);
    expect(v).toMatchObject({ visitor: { id: 'vladimir-putin' }, to: 'VNM', host: { id: 'to-lam' }, date: '2024-06-20' });
    expect(v?.evidence[0]?.rule).toBe('visit:meeting-abroad|date:published');
  });

  it('reads استقبل as a meeting and the received leader\'s visit, but not a resident ambassador\'s', () => {
    const text = 'واستقبل الملك سلمان في الرياض الرئيس الفرنسي هولاند.';
    expect(meetings(text)).toHaveLength(1);
    const [v] = visits(text);
    expect(v).toMatchObject({ visitor: { id: 'francois-hollande' }, to: 'SAU', host: { id: 'salman-of-saudi-arabia' }, city: 'الرياض' });
    expect(meetings('واستقبل الملك سلمان السفير فرانسوا جوييت.')).toHaveLength(1);
    expect(visits('واستقبل الملك سلمان السفير فرانسوا جوييت.')).toEqual([]);
  });

  it('makes both participants visitors when they meet in a third state', () => {
    const v = visits('والتقى بوتين نظيره الكوري الشمالي كيم جونغ أون في هانوي.');
    expect(v.map((x) => [x.visitor.id, x.to, x.host]).sort()).toEqual([['kim-jong-un', 'VNM', null], ['vladimir-putin', 'VNM', null]]);
  });

  it('reads نظيره with a named counterpart', () => {
    const [m] = meetings('والتقى بوتين نظيره الكوري الشمالي كيم جونغ أون.');
    expect([m?.a.id, m?.b.id]).toEqual(['kim-jong-un', 'vladimir-putin']);
  });

  it('is no meeting when only one leader takes part', () => {
    expect(meetings('والتقى بوتين وفدا من رجال الأعمال.')).toEqual([]);
  });
});

describe('visits told in passing', () => {
  it('reads the origin of an arrival (قادما من) as an earlier, undated visit, never the visitor\'s own state', () => {
    const found = visits('ووصل أوباما أمس إلى الرياض، في أول زيارة له إلى المملكة، قادما من مصر. ووصل أوباما إلى الأردن قادما من واشنطن.');
    // The undated arrival in Jordan is of the story's day, the lead's أمس, not the day of printing.
    expect(found.map((v) => [v.to, v.date]).sort()).toEqual([['EGY', null], ['JOR', '2024-06-19'], ['SAU', '2024-06-19']]);
    expect(found.find((v) => v.to === 'EGY')?.evidence[0]?.rule).toMatch(/^visit:route-from/);
  });

  it('reads the origin of a return home: home is no visit, the origin is', () => {
    expect(visits('ووصل أوباما إلى واشنطن قادما من الرياض.').map((v) => v.to)).toEqual(['SAU']);
  });

  it('reads the next stop of a departure (غادر … متوجها إلى) on the same day', () => {
    const found = visits('وغادر أوباما القاهرة أمس متوجها إلى العاصمة الأردنية عمان.', '2024-06-20', [...CAST,
      { text: 'القاهرة', kind: 'City', id: 'cairo', state: 'EGY', via: 'city' }, { text: 'عمان', kind: 'City', id: 'amman', state: 'JOR', via: 'city' },
      { text: 'الأردنية', kind: 'State', id: 'JOR', via: 'nisba' }]);
    expect(found.map((v) => [v.to, v.date]).sort()).toEqual([['EGY', '2024-06-19'], ['JOR', '2024-06-19']]);
  });

  it('keeps a planned arrival\'s route unread (سيصل … قادما من)', () => {
    expect(visits('ومن المقرر أن يصل أوباما غدا إلى الرياض قادما من مصر.').filter((v) => v.status === 'done')).toHaveLength(0);
  });

  it('reads a visit noun with its doer after it (زيارة يقوم/قام بها X إلى Y), dated only by its own relative clause', () => {
    const [now] = visits('وتعد هذه ثاني زيارة يقوم بها أوباما إلى السعودية.');
    expect(now).toMatchObject({ visitor: { id: 'barack-obama' }, to: 'SAU', status: 'done' });
    const [past] = visits('وأشاد الوزير اليوم بالزيارة التاريخية التي قام بها أوباما إلى الرياض في رمضان الماضي.');
    // Not اليوم (the praise's day): رمضان الماضي, Ramadan 1445 (March–April 2024), gives the year.
    expect(past).toMatchObject({ to: 'SAU', status: 'done', date: '2024' });
  });

  it('reads no doer after a noun with another verb (الزيارة التي أثارت جدلا)', () => {
    expect(visits('وقال أوباما إن الزيارة التي أثارت جدلا في الرياض انتهت.')).toHaveLength(0);
  });

  it('reads one leader meeting people who hold no office in another state as his visit there', () => {
    const [v, ...rest] = visits('والتقى أوباما أمس في الرياض رجال أعمال ومثقفين.');
    expect(rest).toHaveLength(0);
    expect(v).toMatchObject({ to: 'SAU', date: '2024-06-19', status: 'done' });
    expect(visits('والتقى أوباما، أمس الأربعاء، في العاصمة الفرنسية باريس وفدا من الطلاب.', '2024-06-20', [...CAST,
      { text: 'الفرنسية', kind: 'State', id: 'FRA', via: 'nisba' }]).map((x) => x.to)).toEqual(['FRA']);
  });

  it('takes no place from the guest\'s own title nor from a meeting noun merely referred to', () => {
    expect(visits('واستقبل أوباما رئيس مجلس الشورى بالسعودية.')).toHaveLength(0);
    expect(visits('وأشاد أوباما بالمفاوضين الذين درسوا الاتفاق في محادثات طويلة في باريس.')).toHaveLength(0);
    expect(visits('والتقى وزير خارجية أوباما في باريس وفدا من الطلاب.')).toHaveLength(0);
  });

  it('folds a visit dated only by the article day into the one its article dates', () => {
    const found = visits('ووصل أوباما أمس إلى الرياض. واستقبل الملك سلمان أوباما في قصره.');
    expect(found.filter((v) => v.to === 'SAU')).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: '2024-06-19', host: { id: 'salman-of-saudi-arabia' } });
    expect(found[0]?.evidence).toHaveLength(2);
  });
});

describe('visits: subjects across insertions and coordination', () => {
  it('gives the visit to both coordinated subjects of a support verb (أجرى/قام ب… زيارة)', () => {
    for (const text of ['وأجرى بوتين وأوباما زيارة رسمية إلى فيتنام أمس.', 'وقام بوتين وأوباما بزيارة مفاجئة إلى فيتنام أمس.', 'وبوتين وأوباما وصلا إلى فيتنام أمس.']) {
      expect(visits(text).map((v) => v.visitor.id).sort(), text).toEqual(['barack-obama', 'vladimir-putin']);
    }
  });

  it('reads a subject before a support phrase ending in its noun, past its adjective (بوتين أجرى زيارة رسمية)', () => {
    expect(visits('وبوتين أجرى زيارة رسمية إلى فيتنام أمس.').map((v) => v.to)).toEqual(['VNM']);
    expect(visits('وبوتين قام بزيارة مفاجئة إلى فيتنام أمس.').map((v) => v.to)).toEqual(['VNM']);
  });

  it('reads a support verb before an insertion or an apposition (وأجرى، بحسب مصادر، بوتين زيارة)', () => {
    expect(visits('وأجرى، بحسب مصادر رسمية، بوتين زيارة رسمية إلى فيتنام أمس.').map((v) => v.to)).toEqual(['VNM']);
    expect(visits('وبدأ بوتين، الرئيس الروسي، زيارة رسمية إلى فيتنام.').map((v) => v.to)).toEqual(['VNM']);
  });

  it('reads the subject of a relative clause after an apposition (بوتين، الرئيس الروسي، الذي وصل)', () => {
    expect(visits('وكان بوتين، الرئيس الروسي، الذي وصل إلى هانوي أمس قد التقى تو لام.').map((v) => v.visitor.id)).toEqual(['vladimir-putin']);
    // No leader before the apposition: nobody travels.
    expect(visits('وقال المتحدث، وهو دبلوماسي، الذي وصل إلى هانوي أمس إن المحادثات مستمرة.')).toHaveLength(0);
  });
});

describe('a place that receives', () => {
  it('makes every leader it receives a visitor, none of them the host (تستقبل الرياض … وباريس استقبلت …)', () => {
    const found = visits('وتستقبل الرياض اليوم أوباما وبوتين.');
    expect(found.map((v) => [v.visitor.id, v.to, v.host]).sort()).toEqual([['barack-obama', 'SAU', null], ['vladimir-putin', 'SAU', null]]);
    expect(factsOf('وتستقبل الرياض اليوم أوباما وبوتين.').filter((f) => f.type === 'met')).toHaveLength(0);
    expect(visits('وباريس استقبلت أمس بوتين.').map((v) => [v.to, v.date])).toEqual([['FRA', '2024-06-19']]);
  });

  it('takes no place from a title before the verb, nor a reception still to come', () => {
    expect(visits('وحاكم الرياض يستقبل بوتين.')).toHaveLength(0);
    expect(visits('وتستقبل الرياض غدا بوتين.')).toHaveLength(0);
  });

  it('keeps a leader who receives as the host', () => {
    const found = visits('واستقبل الملك سلمان أمس بوتين.');
    expect(found).toMatchObject([{ visitor: { id: 'vladimir-putin' }, to: 'SAU', host: { id: 'salman-of-saudi-arabia' } }]);
  });
});

describe('a visit dated only by the article day, among several dated ones', () => {
  it('stays apart when the article dates that visit two ways, whatever their number', () => {
    const found = visits('ووصل أوباما إلى الرياض يوم 3 يونيو. ووصل أوباما إلى الرياض يوم 10 يونيو. ووصل أوباما إلى الرياض يوم 12 يونيو. واستقبل الملك سلمان أوباما في قصره.');
    expect(found.filter((v) => v.to === 'SAU').map((v) => v.date).sort()).toEqual(['2024-06-03', '2024-06-10', '2024-06-12', '2024-06-20']);
  });
});

describe('a bare multi-word office is the leader of that office just named', () => {
  const cast = [...CAST,
    { text: 'الأمير محمد بن سلمان', kind: 'Leader' as const, id: 'mohammed-bin-salman', state: 'SAU', office: 'crown prince' },
    { text: 'شهباز شريف', kind: 'Leader' as const, id: 'shehbaz-sharif', state: 'PAK', office: 'prime minister' },
    { text: 'الباكستاني', kind: 'State' as const, id: 'PAK', via: 'nisba' as const },
    { text: 'رئيس الوزراء الباكستاني', kind: 'Office' as const, id: 'office:PAK:prime minister', state: 'PAK', office: 'prime minister' }];

  it('reads ولي العهد as the crown prince named before, though the prime minister was named last', () => {
    const found = visits('ووقعها الأمير محمد بن سلمان ورئيس الوزراء شهباز شريف. وكان ولي العهد قد استقبل أمس دولة رئيس الوزراء الباكستاني في قصر اليمامة.', '2024-06-20', cast);
    expect(found.map((v) => [v.visitor.id, v.to, v.host?.id])).toEqual([['shehbaz-sharif', 'SAU', 'mohammed-bin-salman']]);
  });
});

describe('a meeting place after an insertion', () => {
  it('reads the place of a meeting whose verb is followed by a comma-enclosed insertion', () => {
    const found = visits('والتقى، وفق ما أعلنته وكالة الأنباء الرسمية، بوتين نظيره الكوري الشمالي كيم جونغ أون في هانوي.', '2024-06-20', [...CAST,
      { text: 'الكوري الشمالي', kind: 'State', id: 'PRK', via: 'nisba' }]);
    expect(found.map((v) => [v.visitor.id, v.to]).sort()).toEqual([['kim-jong-un', 'VNM'], ['vladimir-putin', 'VNM']]);
  });
});

describe('a tour\'s earlier stops', () => {
  it('reads the stops a tour has made (شملت حتى الآن، قادته إلى) as undated visits, the tour framed by ضمن', () => {
    const found = visits('وتأتي زيارة بوتين إلى هانوي ضمن جولة آسيوية شملت حتى الآن الصين وكوريا الشمالية.');
    expect(found.map((v) => [v.to, v.date]).sort()).toEqual([['CHN', null], ['PRK', null], ['VNM', '2024-06-20']]);
    expect(visits('وكان بوتين في جولة قادته إلى الصين وفيتنام.').map((v) => [v.to, v.date]).sort()).toEqual([['CHN', null], ['VNM', null]]);
  });

  it('keeps the stops of a tour to come planned, and a doer after a framed noun the visitor', () => {
    expect(visits('ويبدأ بوتين غدا جولة آسيوية تشمل الصين وفيتنام.').map((v) => v.status)).toEqual(['planned', 'planned']);
    expect(visits('وحضر القادة الاجتماع الذي أتى ضمن الزيارة الأولى التي يقوم بها بوتين إلى فيتنام.').map((v) => [v.visitor.id, v.to])).toEqual([['vladimir-putin', 'VNM']]);
  });
});

describe('the article day dates an undated visit only in the lead', () => {
  // Two sentences about something else make the lead; the visit comes third.
  const lead = 'وارتفعت أسعار النفط في الأسواق العالمية. وقال محللون إن الطلب ما زال ضعيفا. ';

  it('dates an undated visit in the first sentence by the article day', () => {
    const [v] = visits('وزار هولاند مصر.');
    expect(v).toMatchObject({ to: 'EGY', date: '2024-06-20', status: 'done' });
  });

  it('leaves undated a visit recalled in passing below the lead', () => {
    const [v] = visits(`${lead}وكان هولاند قد زار مصر في إطار سعيه لتعزيز العلاقات.`);
    expect(v).toMatchObject({ to: 'EGY', date: null, status: 'done' });
    const [m] = visits(`${lead}والتقى أوباما الملك سلمان في الرياض وبحثا العلاقات.`);
    expect(m).toMatchObject({ visitor: { id: 'barack-obama' }, to: 'SAU', date: null });
  });

  it('still dates it by the article day when the act is told in the present below the lead', () => {
    const [v] = visits(`${lead}ويزور هولاند مصر حاليا لبحث العلاقات.`);
    expect(v).toMatchObject({ to: 'EGY', date: '2024-06-20' });
    const [u] = visits(`${lead}ويقوم هولاند في الوقت الحاضر بزيارة إلى مصر.`);
    expect(u).toMatchObject({ to: 'EGY', date: '2024-06-20' });
  });

  it('still dates it by the article day when the lead names the visitor and the place', () => {
    const [v] = visits('وتلقى هولاند التحية في مصر. وقال محللون إن الطلب ما زال ضعيفا. وارتفعت الأسعار. ووصل هولاند إلى القاهرة.', '2024-06-20',
      [...CAST, { text: 'القاهرة', kind: 'City', id: 'cairo', state: 'EGY', via: 'city' }]);
    expect(v).toMatchObject({ to: 'EGY', date: '2024-06-20' });
  });

  it('leaves it undated when the lead names the visitor beside the state, not in it', () => {
    const [v] = visits('وانتقد هولاند مصر بشدة. وقال محللون إن الطلب ما زال ضعيفا. وارتفعت الأسعار. وكان هولاند زار مصر.');
    expect(v).toMatchObject({ to: 'EGY', date: null });
  });

  it('joins an undated mention below the lead to the visit the article dates', () => {
    const found = visits(`${lead}ووصل هولاند أمس إلى مصر. وزار هولاند مصر لبحث العلاقات.`);
    expect(found.map((v) => [v.to, v.date, v.evidence.length])).toEqual([['EGY', '2024-06-19', 2]]);
  });
});

describe('an ambassador posted abroad makes no visit where he is posted', () => {
  const cast = [...CAST,
    { text: 'السفير الأمريكي جون سميث', kind: 'Leader' as const, id: 'john-smith', state: 'USA', office: 'ambassador' },
    { text: 'لبنان', kind: 'State' as const, id: 'LBN' },
    { text: 'بيروت', kind: 'State' as const, id: 'LBN', via: 'capital' as const }];

  it('makes no visit of a meeting with him, his nor his host\'s', () => {
    expect(visits('والتقى هولاند في بيروت السفير الأمريكي جون سميث.', '2024-06-20', cast)).toHaveLength(0);
    expect(visits('والتقى السفير الأمريكي جون سميث في بيروت أمس رجال أعمال.', '2024-06-20', cast)).toHaveLength(0);
  });

  it('still reads his travel and the meetings of other leaders abroad', () => {
    expect(visits('ووصل السفير الأمريكي جون سميث أمس إلى بيروت.', '2024-06-20', cast).map((v) => v.to)).toEqual(['LBN']);
    expect(visits('والتقى أوباما في بيروت هولاند.', '2024-06-20', cast).map((v) => [v.visitor.id, v.to]).sort())
      .toEqual([['barack-obama', 'LBN'], ['francois-hollande', 'LBN']]);
  });
});

describe('a visit put off or called off after its noun', () => {
  it('is no visit', () => {
    expect(visits('وقال مسؤول إن زيارة هولاند إلى مصر أجلت دون ذكر الأسباب.')).toHaveLength(0);
    expect(visits('وذكرت مصادر أن جولة أوباما في الأردن ألغيت.')).toHaveLength(0);
  });

  it('leaves a visit done or planned that nothing puts off', () => {
    expect(visits('وقال مسؤول إن زيارة هولاند إلى مصر جرت في أجواء ودية.').map((v) => v.to)).toEqual(['EGY']);
  });
});

describe('a former office holder is not the leader in office', () => {
  it('takes no visitor from an office followed by الأسبق or السابق', () => {
    expect(visits('وزار أوباما الأردن. واستقبل الملك سلمان أمس الرئيس الأمريكي الأسبق.')
      .filter((v) => v.to === 'SAU')).toHaveLength(0);
    expect(visits('ووصل الرئيس الأمريكي السابق أمس إلى فرنسا.')).toHaveLength(0);
  });

  it('still reads the bare office as the leader in office', () => {
    expect(visits('ووصل الرئيس الأمريكي أوباما أمس إلى فرنسا.').map((v) => [v.visitor.id, v.to])).toEqual([['barack-obama', 'FRA']]);
    expect(visits('وزار أوباما الأردن. واستقبل الملك سلمان أمس الرئيس الأمريكي.')
      .filter((v) => v.to === 'SAU').map((v) => v.visitor.id)).toEqual(['barack-obama']);
  });
});

describe('an earlier visit recalled is not dated by the article day', () => {
  it('leaves undated a visit noun followed by الأخيرة or السابقة, and a visit after سبق أن', () => {
    expect(visits('وقال بوتين إنه يتذكر زيارته الأخيرة إلى الرياض.').map((v) => [v.to, v.date])).toEqual([['SAU', null]]);
    expect(visits('وأشاد هولاند بزيارته السابقة إلى مصر.').map((v) => [v.to, v.date])).toEqual([['EGY', null]]);
    expect(visits('وسبق أن زار هولاند مصر.').map((v) => [v.to, v.date])).toEqual([['EGY', null]]);
  });

  it('still dates the day\'s visit by the article day', () => {
    expect(visits('وقال بوتين خلال زيارته إلى الرياض إن العلاقات قوية.').map((v) => [v.to, v.date])).toEqual([['SAU', '2024-06-20']]);
    expect(visits('وزار هولاند مصر.').map((v) => [v.to, v.date])).toEqual([['EGY', '2024-06-20']]);
  });
});

describe('a delegation\'s visit is no leader\'s', () => {
  it('takes no visitor when a group noun follows the visit noun', () => {
    expect(visits('وقال أوباما خلال زيارة وفد يمثل رجال الأعمال إلى الأردن إن الدعم سيستمر.')).toHaveLength(0);
  });

  it('still reads a leader\'s visit with a delegation beside it', () => {
    expect(visits('وقال أوباما خلال زيارة إلى الأردن على رأس وفد كبير إن الدعم سيستمر.').map((v) => [v.visitor.id, v.to])).toEqual([['barack-obama', 'JOR']]);
  });
});

describe('a visit named as what another act completes (استكمالا لزيارة)', () => {
  it('reads the visit as told, not as one planned', () => {
    expect(visits('وجاءت المحادثات استكمالا لزيارة أوباما إلى فيتنام الشهر الماضي.').map((v) => [v.visitor.id, v.to, v.status])).toEqual([['barack-obama', 'VNM', 'done']]);
  });

  it('keeps an invitation to visit planned', () => {
    expect(visits('ووجه بوتين دعوة إلى أوباما لزيارة فيتنام.').map((v) => v.status)).not.toContain('done');
  });
});
