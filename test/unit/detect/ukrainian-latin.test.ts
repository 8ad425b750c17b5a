import { describe, expect, it } from 'vitest';
import { ukrainianToLatin } from '../../../scripts/ukrainian-latin.ts';

// The examples of the national transliteration table (Cabinet of Ministers resolution 55,
// 2010), letter by letter, and names as Ukrainian passports write them.
const TABLE: Array<[string, string]> = [
  ['Алушта', 'alushta'],
  ['Борщагівка', 'borshchahivka'],
  ['Вінниця', 'vinnytsia'],
  ['Гадяч', 'hadiach'],
  ['Згорани', 'zghorany'],
  ['Ґалаґан', 'galagan'],
  ['Рівне', 'rivne'],
  ['Єнакієве', 'yenakiieve'],
  ['Наєнко', 'naienko'],
  ['Житомир', 'zhytomyr'],
  ['Закарпаття', 'zakarpattia'],
  ['Медвин', 'medvyn'],
  ['Іршава', 'irshava'],
  ['Їжакевич', 'yizhakevych'],
  ['Кадіївка', 'kadiivka'],
  ['Йосипівка', 'yosypivka'],
  ['Стрий', 'stryi'],
  ['Олексій', 'oleksii'],
  ['Хмельницький', 'khmelnytskyi'],
  ['Харків', 'kharkiv'],
  ['Шостка', 'shostka'],
  ['Гоща', 'hoshcha'],
  ['Юрій', 'yurii'],
  ['Корюківка', 'koriukivka'],
  ['Яготин', 'yahotyn'],
  ['Ічня', 'ichnia'],
  ['Розгон', 'rozghon'],
  ["Знам'янка", 'znamianka'],
  ['Олександр', 'oleksandr'],
  ['Юлія', 'yuliia'],
  ['Тетяна', 'tetiana'],
  ['Ковальчук', 'kovalchuk'],
  ['Анна-Марія', 'anna-mariia'],
  ['Яна-Юлія', 'yana-yuliia'],
];

describe('Ukrainian names in passport spelling', () => {
  it.each(TABLE)('%s → %s', (cyrillic, latin) => {
    expect(ukrainianToLatin(cyrillic)).toBe(latin);
  });

  it('gives nothing for a letter outside the Ukrainian alphabet', () => {
    expect(ukrainianToLatin('Эдуард')).toBeNull(); // Russian э
    expect(ukrainianToLatin('Ёлка')).toBeNull();
    expect(ukrainianToLatin('Anna')).toBeNull();
  });
});
