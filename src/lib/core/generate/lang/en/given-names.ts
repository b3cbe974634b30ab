// More given names, by the language history texts in English meet them in (issue 15: "Emiliano
// Zapata", "Venustiano Carranza", "Adalbert Falk" were no persons with the first list alone). Data
// only, lower case, accents as written; words that are also common English words or places
// ("said", "may", "florence", "victoria" alone) are left out. Hand-written: no well-kept package
// lists given names beyond English ones.

const list = (s: string) => s.trim().split(/\s+/u);

const MASCULINE = list(`
alejandro alfonso álvaro alvaro andrés anastasio aníbal agustín alberto amado arturo baltasar
bartolomé bernardino bernardo blas camilo césar cristóbal diego dionisio domingo eduardo efraín
emiliano enrique esteban evaristo fabián fausto federico felipe fernando gabriel gaspar gerardo
germán gilberto gonzalo guillermo gustavo heriberto hernán hernando hipólito humberto ignacio
isidro jacinto jacobo jaime jerónimo jesús joaquín jorge josé julián julio justo lázaro leandro
leopoldo lope lucas luciano luis marcelo marcos mariano mario martín mateo matías maximiliano
melchor nicolás octavio pancho pascual patricio plutarco porfirio rafael ramiro ramón ricardo
rigoberto roberto rodrigo rómulo rubén sancho santiago saturnino sebastián simón teodoro tomás
valentín venustiano vicente victoriano víctor zacarías
afonso antónio duarte fernão gonçalo henrique joão luís mário nuno sebastião vasco getúlio juscelino
tancredo ulisses
alessandro alcide amedeo amintore andrea benedetto bettino camillo cesare cosimo dante ettore
filippo galeazzo giacomo gian giorgio giulio guglielmo italo leonardo lorenzo luca marco massimo
niccolò nicola palmiro pietro pio raffaele romano sandro sergio silvio umberto vittorio
adolphe alphonse ambroise antoine aristide armand auguste christophe clément didier édouard
étienne gaston gérard gilbert guillaume guy honoré hubert jérôme laurent léon lucien marcel michel
olivier philippe rené théophile thierry valéry vincent yves maximilien
adalbert anton christoph eberhard egon emil engelbert erhard erwin fritz gerd gottlieb gregor
günther gunther harald hartmut horst ignaz jürgen kaspar caspar klaus klemens lothar magnus
manfred max moritz reinhard ruprecht rupert siegfried sigismund theobald ulrich waldemar wenzel
willi willy wolfram
willem johan pieter hendrik cornelis maurits frederik gustaf gustavus olof erik haakon niels knut
sven ole lars nils anders jens bengt vidkun urho kaarlo
aleksander andrzej bolesław bronisław casimir czesław dmitar edvard franjo gavrilo ivo jaroslav
kazimierz konstanty lech ludvík milan miloš miroslav nikola petar radovan slobodan stanisław
tadeusz tomáš václav vladislav władysław wojciech zygmunt alija ante klement karel gustáv
aleksei anatoly arkady dmitry gavriil gennady grigory ilya kirill maxim semyon stepan timofei
yakov yegor yemelyan yevgeny afanasy yerofey matvei artamon avraam feofan prokopy platon vsevolod
yaroslav svyatoslav gleb daniil dimitri alexei alexis arseny zinovy lev kliment grigori
ferenc imre istván jános józsef miklós mihály sándor tibor lászló károly béla gábor géza pál
zoltán mátyás
dimitrios eleftherios georgios ioannis konstantinos nikolaos theodoros alexandros spyridon
emmanouil
abdullah bashar faisal fuad habib husayn hussein idris ismail jamal kamal karim khalid mahmoud
mahmud mehmed mehmet muammar nuri osman rashid recep salah selim süleyman talat yusuf zia enver
cemal ismet adnan celal abbas mohandas rajiv vallabhbhai subhas liaquat zulfikar rabindranath
bhimrao haile menelik samora agostinho thabo desmond
elihu ethan gerald grover hiram horace jimmy millard nathaniel rutherford silas thaddeus zachary
winfield zebulon calvin clifford elbridge jesse rufus timothy cordell averell spiro hubert
barack colin alec austen spencer tony denis ian jim gerry seamus bertie jack enda garret éamon
eamon kevin liam sean seán ken reg trevor
gaius lucius marcus publius quintus gnaeus titus tiberius aulus decimus sextus servius appius manius
spurius numerius
`);

const FEMININE = list(`
ada adelaide alexandra aleksandra amelia beatrix benazir bertha christina clementine constance
corazon dolores edith elena eleonore elisabeth emmeline eugénie eva evita frances hillary imelda
jeanne josephine joséphine juliana kathleen lucrezia madeleine margarethe marianne marina martha
matilda melanie nadezhda natalia natalya olga rosa rosalind sophia sophie sofya tatiana theresa
valentina wilhelmina yekaterina ekaterina zinaida condoleezza jacinda sirimavo inessa larissa
yelena galina raisa svetlana lyudmila lidia nina vera zoya irina bernadette isabel juana
cleopatra livia cornelia agrippina octavia fulvia
`);

export const MORE_GIVEN = [...MASCULINE, ...FEMININE];
export const MORE_FEMININE = FEMININE;
