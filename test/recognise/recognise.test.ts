import { describe, expect, it } from 'vitest';
import { ids, mentionsOf } from './helpers.ts';

const find = (text: string, kind: string, date?: string | null) => mentionsOf(text, date).filter((m) => m.kind === kind);

describe('states', () => {
  it('a hamza on the alef means no article: ألمانيا, الألماني and الألمانية all reach DEU', () => {
    expect(mentionsOf('زار ألمانيا ونظيره الألماني والصحافة الألمانية').map((m) => `${m.id}/${m.text}`)).toEqual(['DEU/ألمانيا', 'DEU/الألماني', 'DEU/الألمانية']);
  });
  it('by library name, short and colloquial forms', () => {
    expect(ids(mentionsOf('زار روسيا ثم أمريكا وأميركا والولايات المتحدة الأمريكية وبريطانيا'), ['State'])).toEqual(['State:RUS', 'State:USA', 'State:GBR']);
    expect(ids(mentionsOf('هددت كوريا الديمقراطية جارتها كوريا الجنوبية'), ['State'])).toEqual(['State:PRK', 'State:KOR']);
  });
  it('by nisba, masculine, feminine and plural, with clitics', () => {
    const ms = mentionsOf('قال الرئيس الروسي إن السفن الروسية والروس وجنود روسيون وللروسيين');
    expect(ms.filter((m) => m.kind === 'State').map((m) => [m.id, m.via, m.text])).toEqual([
      ['RUS', 'nisba', 'الروسي'], ['RUS', 'nisba', 'الروسية'], ['RUS', 'nisba', 'الروس'], ['RUS', 'nisba', 'روسيون'], ['RUS', 'nisba', 'روسيين'],
    ]);
  });
  it('by capital and seat of government; a seat makes no City', () => {
    const ms = mentionsOf('وقال الكرملين إن موسكو ترحب، فيما قال البيت الأبيض إن واشنطن قلقة.');
    expect(ms.filter((m) => m.kind === 'State').map((m) => `${m.id}/${m.via}`)).toEqual(['RUS/seat', 'RUS/capital', 'USA/seat', 'USA/capital']);
    expect(ids(ms, ['City'])).toEqual(['City:moscow', 'City:washington']);
  });
  it('a city references its state as a place', () => {
    expect(mentionsOf('وصل إلى هانوي').map((m) => `${m.kind}:${m.id}/${m.via}`)).toEqual(['City:hanoi/city', 'State:VNM/capital']);
  });
  it('keeps word boundaries: Beirut is not Peru, الفيتوري is nothing', () => {
    expect(ids(mentionsOf('في بيروت'))).toEqual(['City:beirut', 'State:LBN']);
    expect(mentionsOf('ديوان الفيتوري')).toEqual([]);
  });
  it('reads names that are both state and city by context (الجزائر، الكويت، عمان)', () => {
    expect(ids(mentionsOf('زار الجزائر'))).toEqual(['State:DZA']);
    expect(ids(mentionsOf('في الجزائر العاصمة'))).toEqual(['City:algiers', 'State:DZA']);
    expect(ids(mentionsOf('في مدينة الكويت'))).toEqual(['City:kuwait-city', 'State:KWT']);
    expect(ids(mentionsOf('أعربت سلطنة عمان عن عزائها'))).toEqual(['State:OMN']);
    expect(ids(mentionsOf('وصل إلى عمان'))).toEqual(['State:OMN']);
    expect(ids(mentionsOf('في العاصمة الأردنية عمان'))).toEqual(['State:JOR', 'City:amman']);
    expect(ids(mentionsOf('قال الأردن إن الاجتماع سيعقد في عمان. وأكد الأردني أن عمان مستعدة.'), ['City'])).toEqual(['City:amman']);
  });
  it('a state name that is also a common word needs a cue (مالي "financial")', () => {
    expect(mentionsOf('قدم الدعم المالي ودعم مالي كبير')).toEqual([]);
    expect(ids(mentionsOf('اشتباكات في شمال مالي'))).toEqual(['State:MLI']);
  });
  it('an indefinite nisba after an honorific or before بن is a given name', () => {
    expect(ids(mentionsOf('استقبل الأمير تركي بن طلال الوفد'), ['State'])).toEqual([]);
    expect(ids(mentionsOf('قال المسؤول التركي'), ['State'])).toEqual(['State:TUR']);
  });
  it('a nisba closing a name after a role or an honorific is a family name (الممثل سامر المصري)', () => {
    expect(ids(mentionsOf('أفصح الممثل سامر المصري عن أسباب انسحابه'), ['State'])).toEqual([]);
    expect(ids(mentionsOf('قال الجيش المصري'), ['State'])).toEqual(['State:EGY']);
    expect(ids(mentionsOf('وقال مصطفى العاني وهو محلل أمني عراقي'), ['State'])).toEqual(['State:IRQ']);
  });
  it('the West and groups of states are not states', () => {
    expect(ids(mentionsOf('تحدى الغرب ومجموعة 5+1'), ['State'])).toEqual([]);
  });
  it('only the text: keyword tags and headline lists add nothing', () => {
    const ms = mentionsOf('نص بلا دول', '2024-06-20', { tags: ['روسيا', 'بوتين'], headlines: ['كوريا الشمالية تختبر صاروخا'] });
    expect(ms).toEqual([]);
  });
});

describe('UN bodies and organisations', () => {
  it('recognises the Security Council in its variants, and the UN', () => {
    expect(ids(mentionsOf('استخدمت روسيا حق النقض في مجلس الأمن التابع للأمم المتحدة'), ['UNBody'])).toEqual(['UNBody:UNSC']);
    expect(ids(mentionsOf('عقوبات مجلس الأمن الدولي والجمعية العامة للأمم المتحدة'), ['UNBody'])).toEqual(['UNBody:UNSC', 'UNBody:UNGA']);
    expect(ids(mentionsOf('الوكالة الدولية للطاقة الذرية ومجلس حقوق الإنسان'), ['UNBody'])).toEqual(['UNBody:IAEA', 'UNBody:UNHRC']);
  });
  it('a national security council is not the UN Security Council', () => {
    expect(ids(mentionsOf('عمل في مجلس الأمن القومي الأمريكي'), ['UNBody'])).toEqual([]);
  });
  it('recognises international organisations', () => {
    expect(ids(mentionsOf('دعا مجلس التعاون الخليجي وجامعة الدول العربية والاتحاد الأوروبي وحلف شمال الأطلسي'), ['Organization']))
      .toEqual(['Organization:GCC', 'Organization:ARAB_LEAGUE', 'Organization:EU', 'Organization:NATO']);
  });
});

describe('leaders', () => {
  it('title + nisba + listed name', () => {
    const [l] = find('قال الرئيس الروسي فلاديمير بوتين إن', 'Leader', '2024-06-20');
    expect(l).toMatchObject({ id: 'vladimir-putin', name_en: 'Vladimir Putin', state: 'RUS', office: 'president', text: 'فلاديمير بوتين', via: 'title', wikidata: 'Q7747' });
  });
  it('name + title + state (تو لام رئيس فيتنام)', () => {
    expect(find('وقدم تو لام رئيس فيتنام التهنئة', 'Leader', '2024-06-20')[0]).toMatchObject({ id: 'to-lam', state: 'VNM', office: 'president' });
  });
  it('counterpart + nisba + name (نظيره الكوري الشمالي كيم جونغ أون)', () => {
    expect(find('جمعت بوتين ونظيره الكوري الشمالي كيم جونغ أون', 'Leader', '2024-06-20').map((m) => m.id)).toEqual(['vladimir-putin', 'kim-jong-un']);
  });
  it('a titled leader nobody listed gets the office and state of the title', () => {
    const [l] = find('وصل وزير الخارجية الفنزويلي ديلسي رودريغيز إلى', 'Leader');
    expect(l).toMatchObject({ kind: 'Leader', name_ar: 'ديلسي رودريغيز', state: 'VEN', office: 'foreign minister', name_en: null });
    const [p] = find('وقع رئيس الوزراء الإثيوبي هيلا ماريام ديسالين الاتفاق', 'Leader');
    expect(p).toMatchObject({ name_ar: 'هيلا ماريام ديسالين', state: 'ETH', office: 'prime minister' });
  });
  it('a title with no name is an Office of the state, and references the state', () => {
    const ms = mentionsOf('رحب الرئيس الروسي بالقرار');
    expect(ms.map((m) => `${m.kind}:${m.id}`)).toEqual(['Office:RUS:president', 'State:RUS']);
  });
  it('a title that names its own state (خادم الحرمين الشريفين) is an Office and a State', () => {
    expect(ids(mentionsOf('وجه خادم الحرمين الشريفين بصرف المكافأة')).sort()).toEqual(['Office:SAU:king', 'State:SAU']);
    expect(ids(mentionsOf('وقال خادم الحرمين الشريفين الملك سلمان'))).toEqual(['State:SAU', 'Leader:salman-of-saudi-arabia']);
  });
  it('a definite title takes a nisba but not a state name, which is then an object (وزير الدفاع جمهورية مصر)', () => {
    const ms = mentionsOf('غادر الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع جمهورية مصر العربية', '2015-07-31');
    expect(ids(ms)).toEqual(['Leader:mohammed-bin-salman', 'State:EGY']);
    expect(ids(mentionsOf('قال وزير خارجية الإمارات'))).toEqual(['Office:ARE:foreign minister', 'State:ARE']);
  });
  it('a hall or a foundation named after a king is not the king', () => {
    expect(ids(mentionsOf('في قاعة الملك عبد الله الثقافية'), ['Leader'])).toEqual([]);
  });
  it('title, state, adjective, posting, name (المندوبة الأمريكية لدى الأمم المتحدة سوزان رايس; الرئيس الأوكراني المؤقت ألكسندر تورتشينوف)', () => {
    expect(find('وقالت المندوبة الأمريكية لدى الأمم المتحدة سوزان رايس إن', 'Leader', '2011-02-19')[0]).toMatchObject({ id: 'susan-rice', state: 'USA', office: 'ambassador to the UN', via: 'title' });
    expect(find('وكان الرئيس الأوكراني المؤقت ألكسندر تورتشينوف قد دعا', 'Leader', '2014-03-16')[0]).toMatchObject({ name_ar: 'ألكسندر تورتشينوف', state: 'UKR', office: 'president' });
  });
  it('the General Assembly alone is the UN\'s only where the article names the UN', () => {
    expect(ids(mentionsOf('في مجلس الأمن الدولي. وتأمل دعم الجمعية العامة'), ['UNBody'])).toEqual(['UNBody:UNSC', 'UNBody:UNGA']);
    expect(ids(mentionsOf('عقدت الجمعية العامة للشركة اجتماعها'), ['UNBody'])).toEqual([]);
  });
  it('a title that needs a state does not fire without one (رئيس الوفد)', () => {
    expect(mentionsOf('قال رئيس الوفد محمد أحمد إن')).toEqual([]);
  });
  it('partial names resolve to the full name of the article, else to the holder at the date', () => {
    const ms = find('قال فلاديمير بوتين إن… وأضاف بوتين', 'Leader', '2015-07-21');
    expect(ms.map((m) => [m.id, m.name_ar])).toEqual([['vladimir-putin', 'فلاديمير بوتين'], ['vladimir-putin', 'فلاديمير بوتين']]);
    expect(find('استقبل الملك عبدالله الوفد', 'Leader', '2015-07-21')[0]?.id).toBe('abdullah-ii-of-jordan');
    expect(find('استقبل الملك عبدالله الوفد', 'Leader', '2014-06-01')).toHaveLength(0);
    expect(find('وأكد كيري أن', 'Leader', '2015-07-21')[0]).toMatchObject({ id: 'john-kerry', office: 'foreign minister', state: 'USA' });
  });
  it('a listed surname after an unknown given name is someone else, for the whole article (مهند هادي)', () => {
    expect(find('وأعلن المدير الإقليمي للبرنامج مهند هادي في بيان. وقال هادي إن الشحنة وصلت', 'Leader')).toEqual([]);
    expect(find('وقال الرئيس هادي إن. وأكد هادي', 'Leader').map((m) => m.id)).toEqual(['abdrabbuh-mansur-hadi', 'abdrabbuh-mansur-hadi']);
  });
  it('an agreement or an outlet named after a city does not reference it (اتفاق فيينا، صحيفة الرياض)', () => {
    expect(mentionsOf('تفعيل اتفاق فيينا للنووي. ونشرت صحيفة الرياض')).toEqual([]);
    expect(ids(mentionsOf('وصلت إلى فيينا'))).toEqual(['City:vienna', 'State:AUT']);
    expect(mentionsOf('لمجريات الأمور')).toEqual([]);
  });
  it('a partial name listed in two spellings is still one leader (أوباما، اوباما)', () => {
    expect(find('أرسلت إدارة أوباما الاتفاق', 'Leader', '2015-07-22').map((m) => m.id)).toEqual(['barack-obama']);
  });
  it('a partial name that is a common word needs the full name (جودة "quality")', () => {
    expect(find('تحسين جودة التعليم', 'Leader', '2015-07-21')).toHaveLength(0);
    expect(find('قال ناصر جودة إن… وأضاف جودة', 'Leader', '2015-07-21')).toHaveLength(2);
  });
  it('uses the article date: a listed leader out of office is a Person', () => {
    expect(find('قال باراك أوباما', 'Leader', '2015-07-21')[0]?.office).toBe('president');
    const [p] = mentionsOf('قال باراك أوباما', '2024-06-20');
    expect(p).toMatchObject({ kind: 'Person', id: 'barack-obama', role: 'former president' });
  });
  it('lists Kagame, Sheikh Hasina and Ishaq Dar, whose name words are common words or an honorific (بول، دار، شيخة)', () => {
    expect(find('واستقبل الرئيس الرواندي بول كاغامي ضيوفه', 'Leader', '2018-03-20')[0]).toMatchObject({ id: 'paul-kagame', state: 'RWA', office: 'president' });
    expect(find('ووصلت شيخة حسينة إلى نيودلهي', 'Leader', '2015-06-06')[0]).toMatchObject({ id: 'sheikh-hasina', state: 'BGD', office: 'prime minister' });
    expect(find('وبحث إسحاق دار مع المسؤولين', 'Leader', '2015-07-21')[0]).toMatchObject({ id: 'ishaq-dar', office: 'finance minister' });
    expect(find('وبحث إسحاق دار مع المسؤولين', 'Leader', '2025-09-17')[0]).toMatchObject({ id: 'ishaq-dar', office: 'foreign minister' });
  });
  it('the UN Secretary-General holds office at UNSG', () => {
    const ms = mentionsOf('أعلن الأمين العام للأمم المتحدة، بان كي مون، اتفاقا');
    expect(ms.map((m) => `${m.kind}:${m.id}`)).toEqual(['UNBody:UNSG', 'Leader:ban-ki-moon']);
    expect(ms[1]).toMatchObject({ state: 'UNSG', office: 'secretary-general' });
  });
  it('a person\'s name written like a state (كاميرون, الكاميرون) is the person without the article', () => {
    expect(ids(mentionsOf('حدد ديفيد كاميرون استراتيجية، وهي مسألة اعتبرها كاميرون صراعا'))).toEqual(['Leader:david-cameron']);
    expect(ids(mentionsOf('منتخب الكاميرون'))).toEqual(['State:CMR']);
  });
});

describe('persons who are not leaders', () => {
  it('role before or after the name; later the surname alone', () => {
    const ms = find('قال كامران غاسانوف، الخبير في المجلس: "نعم". وأشار المراقب الاقتصادي يوري برونكو إلى ذلك. وحسب غاسانوف فإن', 'Person');
    expect(ms.map((m) => [m.id, m.text, m.role])).toEqual([
      ['كامران-غاسانوف', 'كامران غاسانوف', 'الخبير'], ['يوري-برونكو', 'يوري برونكو', 'المراقب'], ['كامران-غاسانوف', 'غاسانوف', 'الخبير'],
    ]);
    expect(find('وأشار المراقب الاقتصادي يوري برونكو', 'Leader')).toEqual([]);
  });
  it('a ship, a newspaper, an airport or a centre named after a person is not a person', () => {
    expect(mentionsOf('وصلت فرقاطة الأدميرال جورشكوف').filter((m) => m.kind === 'Person' || m.kind === 'Leader')).toEqual([]);
    expect(mentionsOf('مقال في صحيفة نودونغ سينمون الكورية الشمالية').map((m) => m.kind)).toEqual(['State']);
    expect(mentionsOf('لدى وصوله مطار الملك عبد العزيز الدولي', '2015-07-21')).toEqual([]);
    expect(mentionsOf('قدم مركز الملك سلمان للإغاثة', '2015-07-21').filter((m) => m.kind === 'Leader')).toEqual([]);
  });
});
