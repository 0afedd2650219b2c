import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { CAST, extractedAgreements, factsOf } from './helpers.ts';

const agreements = (text: string, published: string | null = '2024-06-20') =>
  factsOf(text, published).filter((f): f is AgreementFact => f.type === 'agreement');
const parties = (f: AgreementFact | undefined) => f?.parties.map((p) => p.id).sort();

describe('agreements: signed, concluded, reached, exchanged', () => {
  it('reads a signing verb with both parties as subject (SVO) and the date', () => {
    const [a, ...rest] = agreements('وقعت السعودية وفرنسا في 24 يونيو 2015 اتفاقية للتعاون في مجال الطاقة النووية.');
    expect(rest).toHaveLength(0);
    expect(parties(a)).toEqual(['FRA', 'SAU']);
    // The year ending the date is no count of texts (it made this a batch of kind cooperation): the field named decides.
    expect(a).toMatchObject({ status: 'signed', date: '2015-06-24', kind: 'energy', count: null });
    expect(a?.evidence[0]).toMatchObject({ article: 'test-article', sentence: 0 });
    expect(a?.evidence[0]?.rule).toMatch(/^agreement:signing-verb/);
  });

  it('reads مع as the other party and a leader subject as signatory', () => {
    const [a] = agreements('وأبرم الرئيس الروسي فلاديمير بوتين اتفاقية شراكة استراتيجية مع كوريا الشمالية أمس.');
    expect(parties(a)).toEqual(['PRK', 'RUS']);
    expect(a?.signatories.map((s) => s.id)).toEqual(['vladimir-putin']);
    expect(a).toMatchObject({ status: 'concluded', kind: 'strategic-partnership', date: '2024-06-19' });
  });

  it('reads a verbal noun (توقيع) and an exchange (تبادل)', () => {
    expect(parties(agreements('وشهد بوتين وشي جين بينغ توقيع اتفاقية تجارية بين روسيا والصين.')[0])).toEqual(['CHN', 'RUS']);
    const [b] = agreements('وتبادلت مصر والأردن مذكرة تفاهم في مجال الكهرباء.');
    expect(b).toMatchObject({ kind: 'energy' });
    expect(agreements('وتبادلت مصر والأردن مذكرة تفاهم.')[0]).toMatchObject({ kind: 'mou' });
    expect(parties(b)).toEqual(['EGY', 'JOR']);
  });

  it('reads a batch with its count as one agreement', () => {
    const all = agreements('ووقعت روسيا والصين 11 اتفاقية ومذكرة تفاهم في مجالات النفط والغاز.');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ count: 11, kind: 'cooperation' });
    expect(all[0]?.name_ar).toBe('11 اتفاقية ومذكرة تفاهم');
    expect(agreements('ووقعت روسيا والصين عشر اتفاقيات اقتصادية.')[0]?.count).toBe(10);
    // A definite number qualifies the noun before it ("the six powers"), not the agreement after it.
    expect(agreements('ووقعت روسيا والدول الست اتفاقا مع الصين.')[0]).toMatchObject({ count: null });
  });

  it('keeps two coordinated agreements apart', () => {
    const all = agreements('ووقعت السعودية وفرنسا اتفاقية للدفاع واتفاقية للتجارة.');
    expect(all.map((a) => a.kind)).toEqual(['defense', 'trade']);
  });

  it('does not take اتفاق meaning consensus, nor an agreement noun with no act and no parties', () => {
    expect(agreements('وتوصلت روسيا والصين إلى اتفاق الآراء حول الأزمة.')).toEqual([]);
    expect(agreements('وتنص الاتفاقية على التعاون بين الشركات.')).toEqual([]);
    // With its parties after بين it is referred back to as concluded (GUIDELINES, agreement:between-pair).
    expect(agreements('وتنص الاتفاقية بين روسيا والصين على التعاون.').map((a) => [parties(a), a.status])).toEqual([[['CHN', 'RUS'], 'concluded']]);
  });

  it('takes بين as naming every party, adding nobody else', () => {
    expect(agreements('وقال بوتين بعد توقيع الاتفاق بين الصين والسعودية إن العلاقات ممتازة.').map(parties)).toEqual([['CHN', 'SAU']]);
    // Only one state between: not enough parties, and the speaker is not one of them.
    expect(agreements('وقال بوتين بعد توقيع الاتفاق بين الصين والقوى الكبرى إن العلاقات ممتازة.')).toEqual([]);
  });

  it('reads مع كل من as one bilateral agreement per state named', () => {
    const all = agreements('ووقعت السعودية اتفاقيات ثنائية مع كل من مصر و الأردن.');
    expect(all.map(parties)).toEqual([['EGY', 'SAU'], ['JOR', 'SAU']]);
  });

  it('finds the object past a comma and the other side named earlier in the sentence', () => {
    expect(parties(agreements('ووقعت السعودية في باريس الثلاثاء الماضي، مع مصر على بروتوكول للتعاون.')[0])).toEqual(['EGY', 'SAU']);
    expect(parties(agreements('وأقامت السعودية علاقات مع مصر، ووقع المندوب الدائم على اتفاقية إقامة العلاقات.')[0])).toEqual(['EGY', 'SAU']);
  });

  it('reaches مع past a comma-enclosed insertion after the verb (found by the robustness suite)', () => {
    const all = agreements('ووقعت، صباح اليوم، السعودية اتفاقيات ثنائية مع كل من مصر و الأردن.');
    expect(all.map(parties)).toEqual([['EGY', 'SAU'], ['JOR', 'SAU']]);
  });

  it('reads the subject past a parenthetical after the verb, taking no party from inside it', () => {
    expect(agreements('ووقعت، وفق ما أعلنته وكالة الأنباء الرسمية، مصر والأردن مذكرة تفاهم.').map(parties)).toEqual([['EGY', 'JOR']]);
    expect(agreements('ووقعت، بحسب ما أعلنه بوتين، مصر والأردن مذكرة تفاهم.').map(parties)).toEqual([['EGY', 'JOR']]);
  });

  it('does not take a nisba adjective as a party (مدينة نيويورك الأمريكية)', () => {
    const [a] = agreements('ووقعت السعودية في مدينة باريس الأمريكي مع مصر اتفاقية.');
    expect(parties(a)).toEqual(['EGY', 'SAU']);
  });

  it('does not take a bare verbal noun (بعد توقيع الاتفاق) with no parties of its own', () => {
    expect(agreements('وسيتوجه بوتين إلى فيتنام حيث يلتقي تو لام بعد توقيع اتفاق تاريخي.')).toEqual([]);
  });

  it('takes a participle (الاتفاقية الموقعة) when the clause dates it or بين names its parties', () => {
    expect(agreements('ووفقا لأحكام اتفاقية فيينا الموقعة في فيينا 1961 قرر البلدان ذلك.')).toEqual([]);
    expect(agreements('وتنص الاتفاقية الموقعة أمس على التعاون بين البلدين.')).toEqual([]);
    expect(agreements('وتنص الاتفاقية الموقعة بين روسيا والصين أمس على التعاون.').map(parties)).toEqual([['CHN', 'RUS']]);
    // Referred back with its parties (GUIDELINES: المعاهدة الموقعة بينهما عام 1994): concluded, dated by its year only.
    const [old] = agreements('وأشار إلى المعاهدة الموقعة بين مصر والأردن عام 1994.');
    expect(parties(old)).toEqual(['EGY', 'JOR']);
    expect(old?.date).toBe('1994');
  });

  it('needs two parties: a ministry signing with a company is not an agreement between governments', () => {
    expect(agreements('ووقعت وزارة الصحة في السعودية عقدا مع شركة محلية.')).toEqual([]);
  });
});

describe('agreements: modality and negation', () => {
  it.each([
    ['سيوقع البلدان روسيا والصين اتفاقية للطاقة.', 'future prefix'],
    ['ومن المقرر أن يوقع بوتين وشي جين بينغ اتفاقية للطاقة.', 'من المقرر'],
    ['وتعتزم روسيا والصين توقيع اتفاقية للطاقة.', 'يعتزم'],
    ['ووصل بوتين إلى الصين لتوقيع اتفاقية للطاقة مع شي جين بينغ.', 'purpose ل'],
  ])('keeps a planned signing as planned, undated unless the text dates it (%s: %s)', (text) => {
    const all = agreements(text);
    expect(all).toHaveLength(1);
    expect(all[0]?.status).toBe('planned');
    expect(all[0]?.date).toBeNull();
  });

  it.each([
    ['ولم توقع روسيا والصين اتفاقية للطاقة.'],
    ['ورفضت روسيا توقيع اتفاقية للطاقة مع الصين.'],
    ['وإذا وقعت روسيا والصين اتفاقية للطاقة فستتغير السوق.'],
    ['وهددت روسيا بإلغاء توقيع الاتفاقية مع الصين.'],
  ])('never makes a negated, hypothetical or threatened signing a fact: %s', (text) => {
    expect(agreements(text)).toEqual([]);
  });

  it('does not read لا سيما as a negation', () => {
    expect(agreements('وتحسنت العلاقات لا سيما بعد توقيع روسيا والصين اتفاقية للطاقة.')).toHaveLength(1);
  });
});

describe('agreements: arguments beyond one sentence', () => {
  it('resolves البلدان to the two states in focus', () => {
    const [a] = agreements('وصل بوتين إلى فيتنام. ووقع البلدان اتفاقات في مجالات منها الطاقة.');
    expect(parties(a)).toEqual(['RUS', 'VNM']);
    expect(a?.evidence[0]?.rule).toContain('subject');
  });

  it('resolves الرئيسان and بلديهما to the two leaders in focus and their states', () => {
    const [a] = agreements('والتقى تو لام مع بوتين. وشهد الرئيسان تبادل بلديهما 5 اتفاقيات.');
    expect(parties(a)).toEqual(['RUS', 'VNM']);
    expect(a?.count).toBe(5);
  });

  it('resolves الطرفان after بوتين ونظيره … to both leaders, who become signatories', () => {
    const [a] = agreements('وخلال المفاوضات التي جمعت بوتين ونظيره الكوري الشمالي كيم جونغ أون أبرم الطرفان اتفاق شراكة.');
    expect(parties(a)).toEqual(['PRK', 'RUS']);
    expect(a?.signatories.map((s) => s.id).sort()).toEqual(['kim-jong-un', 'vladimir-putin']);
  });

  it('takes a subject dropped from the signing clause from the sentence actor', () => {
    const [a] = agreements('وبعد يوم من توقيع اتفاق دفاع مشترك مع كوريا الشمالية، وصل بوتين إلى فيتنام.');
    expect(parties(a)).toEqual(['PRK', 'RUS']);
    // The reported event is the article's day; the signing one day before it.
    expect(a?.date).toBe('2024-06-19');
    expect(a?.evidence[0]?.rule).toContain('date:event-offset');
  });

  it('leaves an act embedded by بعد أن undated rather than giving it the article date', () => {
    expect(agreements('وقال بوتين إن العلاقات قوية بعد أن أبرمت روسيا اتفاقا نوويا مع الصين.')[0]?.date).toBeNull();
  });

  it('leaves a pluperfect (كان … أعلن) undated rather than giving it the article date', () => {
    // Published long before the 2024 treaty, so no registry entry is recalled and the name is the text's.
    const [a] = agreements('وكان بوتين أعلن توقيع اتفاقية الشراكة الشاملة مع كوريا الشمالية.', '2023-03-01');
    expect(a?.date).toBeNull();
    expect(a?.name_ar).toBe('اتفاقية الشراكة الشاملة');
    // The day after the treaty, the same words recall it (registry.ts, entryRecalled), still undated.
    const [b] = agreements('وكان بوتين أعلن توقيع اتفاقية الشراكة الشاملة مع كوريا الشمالية.');
    expect(b).toMatchObject({ registry: 'russia-dprk-partnership-2024', date: null });
  });
});

describe('agreements: sentence edges', () => {
  it('reads an agreement noun that is the last word of the text (nothing after it to check for consensus)', () => {
    // Found on the corpus: a signing sentence ending on the noun, with no closing punctuation.
    const [a] = agreements('وقعت السعودية وفرنسا اتفاقية');
    expect(parties(a)).toEqual(['FRA', 'SAU']);
    expect(agreements('ووقعت مصر والأردن مذكرة تفاهم')).toHaveLength(1);
  });
});

describe('agreements: adjuncts and insertions between the verb and its object', () => {
  it('reaches the object past a subject with titles, a place and a time phrase between commas', () => {
    const [a, ...rest] = agreements('وقّع الملك سلمان، والرئيس شي جين بينغ رئيس جمهورية الصين الشعبية، في قصر الضيافة بالرياض أمس الخميس، اتفاقية الشراكة بين السعودية والصين.');
    expect(rest).toHaveLength(0);
    expect(parties(a)).toEqual(['CHN', 'SAU']);
    // The persons said to sign are the signatories, even when بين names the parties.
    expect(a?.signatories.map((s) => s.id).sort()).toEqual(['salman-of-saudi-arabia', 'xi-jinping']);
  });

  it('does not reach past words that are none of those (وقع … قرارا بفرض رسوم …)', () => {
    expect(agreements('وقع بوتين في موسكو أمس قرارا بفرض رسوم جديدة على الواردات من الصين وفرنسا ومصر بعد انهيار الاتفاق.')).toEqual([]);
  });
});

describe('agreements: the agreement noun heading a relative clause', () => {
  it('reads الاتفاق الذي أبرمته X مع Y as concluded by X and Y, undated unless the text dates it', () => {
    const [a, ...rest] = agreements('وقال إن ذلك يخالف الاتفاق الذي أبرمته روسيا مع الصين في موسكو.');
    expect(rest).toHaveLength(0);
    expect(parties(a)).toEqual(['CHN', 'RUS']);
    expect(a).toMatchObject({ status: 'concluded', date: null });
    expect(a?.evidence[0]?.rule).toContain('signing-verb-relative');
  });

  it('reads the subject and بين after the verb, past كان, and a passive verb with بين', () => {
    expect(agreements('وأشار إلى المعاهدة التي كانت وقعتها مصر والأردن.').map(parties)).toEqual([['EGY', 'JOR']]);
    expect(agreements('وأشاد بالاتفاق الذي تم التوصل إليه بين روسيا وفيتنام.').map(parties)).toEqual([['RUS', 'VNM']]);
  });

  it('does not take a planned agreement, a verb with a pronoun outside a relative clause, nor اتفاق meaning consensus', () => {
    expect(agreements('وانتقد الاتفاق الذي تريد روسيا أن تبرمه مع الصين.').filter((f) => f.status !== 'planned')).toEqual([]);
    expect(agreements('وقعها عن الجانب السعودي الملك سلمان.')).toEqual([]);
    expect(agreements('وأكد الاتفاق التام الذي توصلت إليه روسيا والصين.')).toEqual([]);
    // The pronoun qualifies the phrase right before it: here the clashes, which "occurred".
    expect(agreements('وانهار الاتفاق بسبب الاشتباكات التي وقعت بين روسيا والصين.')).toEqual([]);
  });
});

describe('agreements: the bounds of a relative clause', () => {
  it('takes as subject only the phrase right after the verb, none after a passive, and no مع of another clause', () => {
    // مجلس الأمن belongs to the main clause's list, not to the relative clause's subject.
    expect(agreements('وبحث الوزير الاتفاق الذي أبرمته روسيا مع الصين ومسودة قرار مجلس الأمن.').map(parties)).toEqual([['CHN', 'RUS']]);
    expect(agreements('وبموجب الاتفاق الذي تم التوصل إليه في فيينا ترفع الولايات المتحدة وفرنسا العقوبات.')).toEqual([]);
    expect(agreements('وتعاونت مصر مع الأردن، وقال إن الاتفاق الذي توصل إليه المفاوضون هو الأفضل.')).toEqual([]);
  });

  it('is dated only by a date inside it, not by the main clause', () => {
    const [a] = agreements('وقال بوتين يوم الثلاثاء إن الاتفاق الذي أبرمته روسيا مع الصين صامد.');
    expect(a?.date).toBeNull();
  });

  it('reads a government named by its nisba after مع (مع حكومة الوفاق الليبية), but not a place after it', () => {
    const cast = [...CAST, { text: 'تركيا', kind: 'State' as const, id: 'TUR' }, { text: 'الليبية', kind: 'State' as const, id: 'LBY', via: 'nisba' as const }];
    const got = factsOf('ويأتي ذلك بعد مذكرة التفاهم التي وقعتها تركيا مع حكومة الوفاق الليبية في نوفمبر.', '2020-08-07', cast).filter((f): f is AgreementFact => f.type === 'agreement');
    expect(got.map(parties)).toEqual([['LBY', 'TUR']]);
    expect(agreements('وهذا يخالف الاتفاق الذي أبرمته روسيا مع القوى الكبرى في باريس.').map(parties)).toEqual([['RUS']]);
  });
});

describe('agreements: one named party and a vague other side', () => {
  it('keeps the one party when the other side is a vague group (القوى الكبرى، الدائنون)', () => {
    expect(agreements('وقال إن الاتفاق الذي أبرمته روسيا مع القوى الكبرى صامد.').map(parties)).toEqual([['RUS']]);
    expect(agreements('وأشاد بالاتفاق الذي تم التوصل إليه بين مصر والدائنين.').map(parties)).toEqual([['EGY']]);
  });

  it('drops it when the other side is not given (it is most often in another sentence) or is a company', () => {
    expect(agreements('ووقعت السعودية اتفاقية للطاقة.')).toEqual([]);
    expect(agreements('ووقعت السعودية عقدا مع الشركات الكبرى.')).toEqual([]);
  });
});

describe('agreements: joint statements issued or adopted', () => {
  it('reads صدر / أصدر / اعتمد with a joint statement as an agreement of kind joint statement', () => {
    const [a] = agreements('وفي ختام المباحثات صدر بيان مشترك بين السعودية وفرنسا.');
    expect(parties(a)).toEqual(['FRA', 'SAU']);
    expect(a).toMatchObject({ kind: 'joint-statement', status: 'concluded' });
    expect(agreements('وأصدرت مصر والأردن أمس بيانا مشتركا.').map(parties)).toEqual([['EGY', 'JOR']]);
    expect(agreements('واعتمد البلدان روسيا والصين الإعلان المشترك.').map(parties)).toEqual([['CHN', 'RUS']]);
  });

  it('takes the two sides of the visit a statement closes, not the place it was issued at', () => {
    expect(agreements('صدر أمس بيان مشترك في ختام زيارة بوتين إلى فيتنام.').map(parties)).toEqual([['RUS', 'VNM']]);
    expect(agreements('وصدر البيان المشترك خلال اجتماع وزير الخارجية مع مصر في الرياض.').map(parties)).toEqual([]);
  });

  it('does not read issuing a statement of one side, or a decision, as an agreement', () => {
    expect(agreements('وأصدرت مصر بيانا أدانت فيه الهجوم على الأردن.')).toEqual([]);
    expect(agreements('وأصدرت روسيا والصين قرارا بشأن سوريا.')).toEqual([]);
  });
});

describe('agreements: a counted مع with its states listed', () => {
  it('reads مع ثلاث دول هي: A، B، C as one bilateral agreement each, passing an unknown name', () => {
    const all = agreements('ووقعت السعودية اتفاقيات ثنائية مع أربع دول هي: مصر، الأردن، سيرلانكا، فرنسا.');
    expect(all.map(parties)).toEqual([['EGY', 'SAU'], ['JOR', 'SAU'], ['FRA', 'SAU']]);
  });

  it('needs the list: a counted مع alone names no party', () => {
    expect(agreements('ووقعت السعودية اتفاقيات مع ثلاث دول، وزار بوتين مصر والأردن.')).toEqual([]);
  });
});

const MORE = [...CAST, { text: 'التركي', kind: 'State' as const, id: 'TUR', via: 'nisba' as const }, { text: 'فيجي', kind: 'State' as const, id: 'FJI' }];
const agreementsMore = (text: string, published = '2024-06-20') =>
  factsOf(text, published, MORE).filter((f): f is AgreementFact => f.type === 'agreement');

describe('agreements: the other side signing in a clause of its own', () => {
  it('adds the state its signer signed for (فيما قام بالتوقيع عن فيجي …)', () => {
    const [a, ...rest] = agreementsMore('ووقع الملك سلمان على اتفاقية إقامة العلاقات الدبلوماسية، فيما قام بالتوقيع عن فيجي مندوبها الدائم.');
    expect(rest).toHaveLength(0);
    expect(parties(a)).toEqual(['FJI', 'SAU']);
    expect(a?.evidence[0]?.rule).toContain('other-signer');
  });

  it('does not take عن after another verb (قال … عن فرنسا)', () => {
    expect(agreementsMore('ووقع الملك سلمان على الاتفاقية، فيما قال الوزير عن فرنسا إنها شريك.')).toEqual([]);
  });
});

describe('agreements: a definite agreement noun with two nisbas', () => {
  it('is a concluded agreement of the two states (الاتفاق التركي - الأمريكي)', () => {
    const [a, ...rest] = agreementsMore('وما زالت تفاصيل الاتفاق التركي - الأمريكي غير واضحة.');
    expect(rest).toHaveLength(0);
    expect(parties(a)).toEqual(['TUR', 'USA']);
    expect(a).toMatchObject({ status: 'concluded', date: null });
    expect(agreementsMore('وانتقدت موسكو الاتفاق التركي الأمريكي.').map(parties)).toEqual([['TUR', 'USA']]);
  });

  it('not as a draft, a prospect, an indefinite noun, nor as the object of an act the signing reader judges', () => {
    expect(agreementsMore('وبحث الوزيران مشروع الاتفاق الروسي الأمريكي.')).toEqual([]);
    expect(agreementsMore('ويترقب الجميع الاتفاق التركي الأمريكي المحتمل.')).toEqual([]);
    expect(agreementsMore('ودعا إلى اتفاق روسي أمريكي.')).toEqual([]);
    expect(agreementsMore('ويجب التوصل إلى الاتفاق الروسي الأمريكي قريبا.')).toEqual([]);
  });
});

/** The real pipeline (the recogniser's nisbas included), for sentences the test cast does not cover. */
const extracted = (text: string): AgreementFact[] => extractedAgreements(text, '2015-07-25');

describe('contracts that are no agreement between governments', () => {
  // Written for the test: sports pages and company news use the same signing verbs.
  it('a contract reached for a player of another nationality is no agreement between his state and the club\'s', () => {
    expect(extracted('وقد تضع أسرة اللاعب الأرجنتيني نادي الاتحاد في موقف صعب برفضها القدوم إلى السعودية، رغم إعلان الطرفين التوصل إلى اتفاق مبدئي.')).toEqual([]);
  });
  it('a state signing with a company while a foreign leader is visiting binds no second state', () => {
    expect(extracted('وخلال زيارة الرئيس الصيني العام الماضي وقعت المالديف اتفاقا مع شركة صينية لتطوير مطارها.')).toEqual([]);
  });
  it('two states signing stay an agreement even when a club is named elsewhere in the sentence', () => {
    expect(extracted('ووقعت السعودية ومصر أمس اتفاقية للتعاون الرياضي، بعد مباراة ودية بين فريقين من البلدين.').map(parties)).toEqual([['EGY', 'SAU']]);
  });
});
