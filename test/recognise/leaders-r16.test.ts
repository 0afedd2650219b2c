/**
 * Session 16 (leader grid, test/recognise/leader-grid.yaml): general gaps in how leaders are named.
 * Each rule: positives and traps, sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

const leaders = (text: string, date = '2016-05-10'): string[] =>
  mentionsOf(text, date).flatMap((m) => (m.kind === 'Leader' ? [`${m.id}/${m.state}`] : []));
const states = (text: string, date = '2016-05-10'): string[] =>
  [...new Set(mentionsOf(text, date).flatMap((m) => (m.kind === 'State' ? [m.id] : [])))];

describe('a listed surname after an unknown given name is a namesake, with or without the article', () => {
  it('traps: «خالد الجبير»، «أحمد السيسي»، «علي البشير» are not the leaders', () => {
    expect(leaders('وكتب الزميل خالد الجبير مقالا عن الاقتصاد.')).toEqual([]);
    expect(leaders('وفاز المهاجم أحمد السيسي بجائزة الهداف.')).toEqual([]);
    expect(leaders('ونشر المؤلف علي البشير روايته الأولى.')).toEqual([]);
  });
  it('unless the two words are another spelling of the leader\'s full name (سيرغي شويجو)', () => {
    expect(leaders('وصرح سيرغي شويجو بأن التدريبات ناجحة.')).toEqual(['sergei-shoigu/RUS']);
    expect(leaders('وقال وزير الدفاع الروسي سيرجي شويغو إن الطائرات عادت.')).toEqual(['sergei-shoigu/RUS']);
  });
  it('the surname alone and the full name still name the leader', () => {
    expect(leaders('وقال الجبير إن المملكة ترحب بالقرار.')).toEqual(['adel-al-jubeir/SAU']);
    expect(leaders('وأكد الرئيس السيسي دعم بلاده.')).toEqual(['abdel-fattah-el-sisi/EGY']);
  });
});

describe('a title that names its own state gives it to the title before it (سفير خادم الحرمين الشريفين)', () => {
  it('the ambassador of the Custodian of the Two Holy Mosques is Saudi', () => {
    expect(leaders('والتقى سفير خادم الحرمين الشريفين لدى المغرب الدكتور عبدالعزيز خوجة وزير الداخلية المغربي.', '2016-05-10').filter((x) => x.endsWith('/SAU')).length).toBe(1);
    expect(leaders('وحضر الحفل مندوب خادم الحرمين الشريفين سامي الصالح.').filter((x) => x.endsWith('/SAU')).length).toBe(1);
  });
  it('the king\'s title alone still names no leader, and a nisba after بن is a given name (فيصل بن تركي)', () => {
    expect(leaders('ووجه خادم الحرمين الشريفين بصرف المكافآت.')).toEqual([]);
    expect(states('وحضر الأمير عبدالله بن تركي الحفل.')).toEqual([]);
  });
});

describe('a listed surname inside an unknown name after a title (إلين جونسون سيرليف)', () => {
  it('the name is read through the surname and is not the listed leader', () => {
    expect(leaders('وافتتحت رئيسة ليبيريا إلين جونسون سيرليف المؤتمر.', '2017-06-01')).toEqual(['الين-جونسون-سيرليف/LBR']);
  });
  it('traps: the listed leader named by his surname after his own title, and a title with no state', () => {
    expect(leaders('وقال وزير الخارجية البريطاني بوريس جونسون إن لندن قلقة.', '2017-06-01')).toEqual(['boris-johnson/GBR']);
    expect(leaders('وقال الرئيس دميتري مدفيديف إن الحكومة مستعدة.', '2015-10-22')).toEqual(['dmitry-medvedev/RUS']);
  });
});

describe('a family name beginning with ف read by the tokenizer as ف or ف + ال (مارغو فالستروم)', () => {
  it('after a title, its state and one given name', () => {
    expect(leaders('وزارت وزيرة الخارجية السويدية مارغو فالستروم أمس المخيم.').length).toBe(1);
    expect(leaders('وصرح السفير الهولندي هانس فيلدمان بأن بلاده تدعم المشروع.').length).toBe(1);
  });
  it('traps: a true conjunction before a known word', () => {
    expect(leaders('واستقبل الرئيس الروسي الوفد فالتقى أعضاءه.')).toEqual([]);
    expect(leaders('وجاء السفير الأمريكي جون فالتقى الوزير.')).toEqual([]);
  });
});

describe('a common word that is also a given name opens a name after a title and its state (إسلام كريموف)', () => {
  it('before a name word that is no frequent word', () => {
    expect(leaders('ووقع رئيس أوزبكستان إسلام كريموف المرسوم.')).toEqual([expect.stringMatching(/\/UZB$/)]);
  });
  it('traps: before a common word, and with no title', () => {
    expect(leaders('وتحدث الرئيس الإيراني عن نور الإيمان في القلوب.')).toEqual([]);
    expect(leaders('ويمثل إسلام كريموف أمام المحكمة.')).toEqual([]);
  });
});

describe('states that had no nisba', () => {
  it('«الرئيسة الليبيرية»، «الرئيس الغابوني»، «رئيس الوزراء الناميبي»', () => {
    expect(states('وهنأت الرئيسة الليبيرية الفائزين.')).toEqual(['LBR']);
    expect(states('واستقبل الرئيس الغابوني الوفد.')).toEqual(['GAB']);
    expect(states('وصرح رئيس الوزراء الناميبي بأن المفاوضات مستمرة.')).toEqual(['NAM']);
  });
});

describe('a misspelt given name between a leader\'s own title and his surname (رئيس الوزراء الهندي نارندا مودي)', () => {
  it('is the leader, though the two words are no listed spelling', () => {
    expect(leaders('وأعلن رئيس الوزراء الهندي نارندا مودي، أمس، خطة جديدة.', '2015-07-25')).toEqual(['narendra-modi/IND']);
  });
  it('trap: with no title before it, the given name makes a namesake', () => {
    expect(leaders('وتحدث الطالب نارندا مودي عن تجربته.', '2015-07-25')).toEqual([]);
  });
});

describe('the states of a posting to several states (سفير … لدى أستراليا ونيوزيلندا)', () => {
  it('the coordinated state is the posting\'s, not the start of the name', () => {
    expect(leaders('وكرم سفير خادم الحرمين الشريفين لدى أستراليا ونيوزيلاندا فهد بن عبدالله الطلاب المتفوقين.')).toEqual(['فهد-بن-عبداله/SAU']);
  });
});

describe('an unlisted leader\'s name set off by commas after the title (رئيس الوزراء الماليزي، نجيب عبد الرزاق،)', () => {
  it('between the two commas', () => {
    expect(leaders('وأكد رئيس الوزراء الماليزي، نجيب عبد الرزاق، أن الانتخابات ستجري في موعدها.')).toEqual([expect.stringMatching(/\/MYS$/)]);
  });
  it('traps: a title in the genitive of another noun (the aide, the spokesman is named)', () => {
    expect(leaders('وصرح مدير مكتب رئيس الوزراء الماليزي، أحمد عبد الله، بأن الزيارة مؤجلة.')).toEqual([]);
    expect(leaders('وقال المتحدث باسم الرئيس الأوغندي، جون بوسكو، إن الموعد لم يحدد.')).toEqual([]);
  });
  it('traps: no closing comma, and an adjunct between the commas', () => {
    expect(leaders('وأكد الرئيس الماليزي، نجيب عبد الرزاق يتحدث للصحفيين.')).toEqual([]);
    expect(leaders('وأكد الرئيس الروسي، خلال المؤتمر، أن بلاده مستعدة.')).toEqual([]);
  });
});

describe('a foreign given name read as ف + an unknown word after a title and its state (فيتولد فاشيكوفسكي)', () => {
  it('opens the name', () => {
    expect(leaders('وصرح وزير الخارجية البولندي فيتولد فاشيكوفسكي بأن وارسو تؤيد العقوبات.')).toEqual([expect.stringMatching(/\/POL$/)]);
  });
  it('and the ف stays in the name', () => {
    const [m] = mentionsOf('وحضر الرئيس التوغولي فاوري جانسنبي الافتتاح أمس.', '2015-08-05').filter((x) => x.kind === 'Leader');
    expect(m?.text).toBe('فاوري جانسنبي');
  });
  it('trap: ف + a known verb after the title is the conjunction', () => {
    expect(leaders('ووصل الرئيس البولندي فالتقى رئيس الوزراء.')).toEqual([]);
    expect(leaders('وتحدث الرئيس البولندي فقال إن بلاده مستعدة.')).toEqual([]);
  });
});

describe('the counterpart of a person named by a role is no leader (المدير الفني … ونظيره الفرنسي <name>)', () => {
  it('a coach\'s counterpart is a person', () => {
    expect(leaders('وتصافح المدرب البرتغالي جوزيه مورينيو، المدير الفني لتشيلسي، ونظيره الفرنسي آرسين فينجر بعد المباراة.')).toEqual([]);
  });
  it('a minister\'s counterpart is still a leader', () => {
    expect(leaders('وبحث وزير الخارجية الأمريكي جون كيري مع نظيره الفرنسي لوران فابيوس الملف النووي.', '2015-07-21')).toEqual(['john-kerry/USA', 'laurent-fabius/FRA']);
  });
});

describe('a titled name one letter off the listed holder of that office at the date (ماتيو رانتشي)', () => {
  it('is that holder', () => {
    expect(leaders('واجتمع رئيس الوزراء الإيطالي ماتيو رانتشي بالوفد أمس.', '2015-07-23')).toEqual(['matteo-renzi/ITA']);
  });
  it('traps: a former holder the gazetteer does not list, and another given name', () => {
    expect(leaders('وقال الرئيس الأمريكي ليندون جونسون إن الحرب طويلة.', '2015-07-23')).not.toContain('barack-obama/USA');
    expect(leaders('واجتمع رئيس الوزراء الإيطالي جوزيبي رانتشي بالوفد أمس.', '2015-07-23')).not.toContain('matteo-renzi/ITA');
  });
});
