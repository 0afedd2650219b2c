/**
 * Session 17 (leader grid, style foreign-given): unlisted foreign leaders whose given name is also an
 * Arabic word, or whose family name the clitic splitter breaks. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

/** Leader mentions as «name/state». */
const leaders = (text: string, date = '2016-05-10'): string[] =>
  mentionsOf(text, date).flatMap((m) => (m.kind === 'Leader' ? [`${m.text}/${m.state}`] : []));

describe('after a title and its state, a frequent word before a foreign family name is a given name (سام كوتيسا، ألفا كوندي)', () => {
  it('positives: the name is read whole, with the title\'s state', () => {
    expect(leaders('وبحث وزير الخارجية الأوغندي سام كوتيسا مع الوفد سبل التعاون.')).toEqual(['سام كوتيسا/UGA']);
    expect(leaders('وتلقى الرئيس الغيني ألفا كوندي رسالة من نظيره.').filter((x) => x.endsWith('/GIN'))).toEqual(['ألفا كوندي/GIN']);
    expect(leaders('وغادر الرئيس التوغولي فور غناسينغبي العاصمة صباح اليوم.')).toEqual(['فور غناسينغبي/TGO']);
    expect(leaders('وصرح سام كوتيسا، وزير خارجية أوغندا، بأن المحادثات مثمرة.')).toEqual(['سام كوتيسا/UGA']);
  });
  it('traps: a role is no title; a verb or a number after the title is no name; a former holder is no leader', () => {
    expect(leaders('وكتب الصحفي الغيني ألفا باري تقريرا عن الانتخابات.')).toEqual([]);
    expect(leaders('وقال الخبير الأوغندي سام موغيشا إن الأسعار سترتفع.')).toEqual([]);
    expect(leaders('وأعلن الرئيس الغيني السابق لانسانا كونتي ترشحه.')).toEqual([]);
    expect(leaders('وخصص الرئيس الغيني ألفا دولار لكل أسرة.')).toEqual([]);
    expect(leaders('وقال وزير المالية الأوغندي سام إن الميزانية جاهزة.')).toEqual([]);
    expect(leaders('وأكد رئيس الوزراء الغيني دين الدولة للمواطنين.')).toEqual([]);
  });
});

describe('a foreign family name the tokenizer split after a preposition letter (كابا as ك + أبا) is read whole after a given name', () => {
  it('positives', () => {
    expect(leaders('واجتمع رئيس وزراء بوركينا فاسو بول كابا تيبا بممثلي النقابات.')).toEqual(['بول كابا تيبا/BFA']);
    expect(leaders('وزار الرئيس الزامبي إدغار لونغو المستشفى.')).toEqual(['إدغار لونغو/ZMB']);
  });
  it('traps: a preposition before a word of the corpus still ends the name', () => {
    expect(leaders('واتصل الرئيس الغيني ألفا كوندي بنظيره السنغالي.').filter((x) => x.endsWith('/GIN'))).toEqual(['ألفا كوندي/GIN']);
    expect(leaders('وقال الرئيس الأمريكي باراك أوباما لمساعديه إن الوقت حان.')).toEqual(['باراك أوباما/USA']);
  });
});

describe('a minister of two portfolios: the nisba after the second (name-cues second_portfolios) is the minister\'s', () => {
  it('positives: one or two more portfolios, each with at most one adjective', () => {
    expect(leaders('وافتتح وزير الموارد المائية والري المصري محمد عبد العاطي المحطة الجديدة.')).toEqual(['محمد عبد العاطي/EGY']);
    expect(leaders('وأعلن وزير العمل والتنمية الاجتماعية السعودي مفرج الحقباني برنامجا جديدا.')).toEqual(['مفرج الحقباني/SAU']);
    expect(leaders('وترأس وزير الطاقة والصناعة والثروة المعدنية السعودي خالد الفالح الاجتماع.')).toEqual(['خالد الفالح/SAU']);
  });
  it('traps: another party after the title keeps its nisba (والوفد الأمريكي، والمسؤولين الأمريكيين)', () => {
    expect(leaders('واستقبل وزير الخارجية والوفد الأمريكي برئاسة جون سميث الضيوف.')).toEqual([]);
    expect(leaders('وحضر وزير الثقافة والمسؤولين الأمريكيين جون سميث الحفل.')).toEqual([]);
    expect(mentionsOf('واستقبل وزير الخارجية والوفد الأمريكي الضيوف.', '2016-05-10').filter((m) => m.kind === 'Office')).toEqual([]);
  });
});

describe('a place named after a person, the name in quotes (مكتبة «مدبولي»), names no one; the named titled minister still counts', () => {
  it('trap and positive', () => {
    expect(leaders('وزرنا مكتبة «مدبولي» في وسط القاهرة.', '2016-05-10')).toEqual([]);
    expect(leaders('وقال وزير الموارد المائية المصري حسام مغازي إن المشروع اكتمل.', '2015-07-20')).toEqual(['حسام مغازي/EGY']);
  });
});
