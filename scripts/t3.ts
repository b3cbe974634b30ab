import { declineSurname } from '../src/lib/core/generate/lang/ru/surnames';
for (const n of ['Юренев','Юреневу','Стиннес','Стиннеса']) console.log(n, ['nomn','gent','datv','accs','ablt','loct'].map(c=>declineSurname(n,'masc',c as never)).join(' '));
