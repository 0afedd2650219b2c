import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

/** Leaders and persons of a text as "Kind:id/office-or-role". */
const people = (text: string, date: string | null = '2015-07-21'): string[] =>
  mentionsOf(text, date).flatMap((m) => (m.kind === 'Leader' ? [`Leader:${m.id}/${m.office}/${m.state}`] : m.kind === 'Person' ? [`Person:${m.id}/${m.role}`] : []));
const leaders = (text: string, date?: string): string[] => people(text, date).filter((p) => p.startsWith('Leader:'));
/** Leaders of a text in a Saudi outlet, as "id/state". */
const st = (text: string): string[] => mentionsOf(text, '2015-07-21', { outlet: 'alriyadh' }).flatMap((m) => (m.kind === 'Leader' ? [`${m.id}/${m.state}`] : []));

describe('a compound given name whose second word is also a common word (منظور الحق، ضياء الحق)', () => {
  it('after a title, its state and a posting, «X الحق» is the name', () => {
    expect(leaders('واستقبل الوزير أمس سفير جمهورية باكستان لدى المملكة منظور الحق في مكتبه')).toEqual(['Leader:منظور-الحق/ambassador/PAK']);
    expect(leaders('وأكد السفير الباكستاني إنعام الحق متانة العلاقات بين البلدين')).toEqual(['Leader:انعام-الحق/ambassador/PAK']);
  });
  it('traps: «الحق» "the right" after a title with no name word before it, and after a verb', () => {
    expect(leaders('وقال السفير الباكستاني إن الحق في التظاهر مكفول')).toEqual([]);
    expect(leaders('وأعطى الرئيس الروسي الحق للحكومة في تعديل الموازنة')).toEqual([]);
  });
});

describe('a foreign family name beginning with و after a title and its state (جوزيف وستفال)', () => {
  it('after the given name, an unknown word read as و + word is the family name', () => {
    expect(leaders('وشارك في الاجتماع السفير الأمريكي جوزيف وستفال.')).toEqual(['Leader:جزف-وستفل/ambassador/USA']);
    expect(leaders('وحضر اللقاء من الجانب الكندي السفير توماس ويلكنز')).toEqual(['Leader:تمس-ولكنز/ambassador/CAN']);
  });
  it('traps: a true conjunction before a known word, and a role noun (not a title) before an adjective', () => {
    expect(leaders('واستقبل السفير الأمريكي جوزيف ووفده المرافق')).toEqual([]);
    expect(people('إنه فنان مبدع وتستحق أعماله التقدير')).toEqual([]);
  });
});

describe('the given name علي (dotted ya) opening a name, not the preposition على', () => {
  it('after a title and its state, and after a role', () => {
    expect(leaders('وأعلن وزير النفط الكويتي علي الصباغ أن الإنتاج مستقر')).toEqual(['Leader:علي-الصباج/minister/KWT']);
    expect(people('وقال الشاعر علي الفارسي إن الأمسية نجحت')).toEqual(['Person:علي-الفارسي/الشاعر']);
  });
  it('traps: the preposition على after a title, written with ى or with a dotted ya before a common word', () => {
    expect(people('ووافق وزير النفط الكويتي على الخطة الجديدة')).toEqual([]);
    expect(people('ووافق وزير النفط الكويتي علي الخطة الجديدة')).toEqual([]);
    expect(people('وصادق الرئيس الفرنسي على اتفاقية المناخ')).toEqual([]);
  });
});

describe('envoy titles and retired ranks between a title and a name', () => {
  it('«المبعوث الرئاسي» + nisba, and a retired general before the name', () => {
    expect(leaders('وأجرى المبعوث الرئاسي الأمريكي للتحالف الدولي الجنرال المتقاعد روبرت كامبل محادثات')).toEqual(['Leader:ربرت-كمبل/envoy/USA']);
  });
  it('trap: a retired general with no office title is no leader', () => {
    expect(leaders('وقال الجنرال المتقاعد روبرت كامبل إن الحملة طويلة')).toEqual([]);
  });
});

describe('office holders of 2015 who recur in the corpus, listed', () => {
  it('Pierre Nkurunziza, Ali Akbar Salehi', () => {
    expect(leaders('وأدى الرئيس البوروندي بيار نكورونزيزا اليمين')).toEqual(['Leader:pierre-nkurunziza/president/BDI']);
    expect(leaders('وصرح رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي بأن التعاون مستمر')).toEqual(['Leader:ali-akbar-salehi/vice president/IRN']);
  });
  it('trap: out of office at the date, a listed holder is a person', () => {
    expect(people('وانتقد بيار نكورونزيزا الحكومة', '2021-12-01')).toEqual(['Person:pierre-nkurunziza/former president']);
  });
});

describe('minister portfolios and feminine titles of the office lexicon', () => {
  it('a portfolio with its nisba, and a feminine title (وزيرة البيئة الفرنسية، رئيسة ليبيريا)', () => {
    expect(leaders('وأشادت وزيرة البيئة الفرنسية سيغولين رويال بالاتفاق')).toEqual(['Leader:سجلن-رل/minister/FRA']);
    expect(leaders('وقال وزير الإسكان الأردني سامي الرواشدة إن المشاريع مستمرة')).toEqual(['Leader:سامي-الرواشده/minister/JOR']);
    expect(leaders('واستقبلت رئيسة ليبيريا إيلين سيرليف الوفد')).toEqual(['Leader:الن-سرلف/president/LBR']);
  });
  it('traps: the head of a charity or a company, and the staff of a minister (مدير مكتب، مستشار)', () => {
    expect(people('وقالت رئيسة الجمعية الخيرية نورة السالم إن التبرعات زادت')).toEqual([]);
    expect(people('وأوضحت الرئيسة التنفيذية للشركة سارة الحربي أن الأرباح نمت')).toEqual([]);
    expect(leaders('وأعلن مكتب رئيس الكاميرون جان مبارغا أن الهجوم فشل')).toEqual(['Leader:جان-مبرجا/president/CMR']);
    expect(leaders('وصرح مستشار وزير الدفاع الأمريكي جون ماكلين للصحفيين')).toEqual([]);
  });
});

describe('a minister named with no state in a national outlet is of the outlet\'s state, unless the sentence names only other states', () => {
  it('a Saudi outlet, a portfolio title, no state: Saudi; with the kingdom named beside a foreign state: still Saudi', () => {
    expect(st('وأعلن وزير الإسكان ماجد الحقيل خطة جديدة للمساكن')).toEqual(['ماجد-الحقيل/SAU']);
    expect(st('والتقى وزير العمل مفرج الحقباني سفير الفلبين لدى المملكة')).toEqual(['مفرج-الحقباني/SAU']);
  });
  it('trap: a sentence on another state only (شوارع بيروت) leaves the minister\'s state unsaid', () => {
    expect(st('وبعد المظاهرات في شوارع بيروت قال وزير الشؤون الاجتماعية رشيد درباس إن الدولة صامدة')).toEqual([]);
  });
});

describe('a title coordinated right after a titled name, with no state of its own, is of the same state', () => {
  it('«وزير الخارجية الإيطالي <name> ووزيرة التنمية الاقتصادية <name>»', () => {
    expect(leaders('ووصل وزير الخارجية الإيطالي ماريو بيانكو ووزيرة التنمية الاقتصادية جوليا فيراري إلى الرياض'))
      .toEqual(['Leader:مرو-بنكو/foreign minister/ITA', 'Leader:جلا-فرري/minister/ITA']);
  });
  it('traps: not right after the name (another clause), and a listed leader keeps his own state', () => {
    expect(st('ووصل إلى المملكة وزير الخارجية الإيطالي ماريو بيانكو أمس، فيما أعلن وزير الإسكان ماجد الحقيل خطة جديدة')).toEqual(['مرو-بنكو/ITA', 'ماجد-الحقيل/SAU']);
    expect(leaders('والتقى وزير الخارجية الأمريكي جون كيري ووزير الخارجية عادل الجبير')).toEqual(['Leader:john-kerry/foreign minister/USA', 'Leader:adel-al-jubeir/foreign minister/SAU']);
  });
});

describe('corpus traps of the title and name rules', () => {
  it('رئيسه written with ه is "its head", not the feminine title', () => {
    expect(leaders('وكلف الاتحاد القاري رئيسه الغاني كوامي منساه بإدارة الملف')).toEqual([]);
  });
  it('a headline verb and its complement after a title are no name', () => {
    expect(leaders('وزير البلديات يوجه بتسريع المشاريع في المشاعر')).toEqual([]);
    expect(leaders('وزير الخدمة المدنية يشيد بجهود الموظفين')).toEqual([]);
  });
  it('a و-word continues a name only where the name ends after it', () => {
    expect(leaders('مبادرات وزير العمل الإسباني ناجحة وحققت نتائج كبيرة')).toEqual([]);
  });
  it('a foreign-only article gives no home state to a minister named without one', () => {
    expect(st('تظاهر آلاف العراقيين في بغداد أمس.\nوطالب المتظاهرون بإقالة وزير الكهرباء قاسم الدليمي بسبب الانقطاعات')).toEqual([]);
  });
  it('a deposed holder (المخلوع، المعزول) is a former one, a person', () => {
    expect(people('وهاجمت قوات موالية للرئيس اليمني المخلوع سالم الحداوي المدينة')).toEqual(['Person:سالم-الحداوي/former president']);
  });
});
