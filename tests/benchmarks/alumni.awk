# People as an alumni file has them, for the benchmarks' generated files: person(i) sets F (first name), L (last name),
# E (a unique e-mail) and Y (class year). 60 first names, and last names of three syllables out of 40 (64,000 of them),
# spread by a multiplicative hash; so namesakes and near-namesakes occur as they do in life, not one per row.
function person(i,   h) {
  if (!("1" in first)) {
    split("James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah " \
          "Charles Karen Chris Nancy Daniel Lisa Matthew Betty Anthony Sandra Mark Ashley Ada Ben Chloe Dev Eun Femi Gus Hana Ivo Jo Kai Lea " \
          "Mo Noor Oto Pia Rosa Sami Uma Wen Amir Beatriz Chen Dara Elif Farah Goran Hiro Ines Jules", first, " ");
    split("ab ber ca dor el fan gil ho in jor ka lem mor nu os pe quin ro sa tel ul van wes xa yor zim bra cle dru fro gla ki lo ma ne " \
          "pi rus sto tri vo", syl, " ");
  }
  h = (i * 2654435761) % 4294967296;
  F = first[1 + h % 60];
  L = syl[1 + int(h / 60) % 40] syl[1 + int(h / 2400) % 40] syl[1 + int(h / 96000) % 40];
  L = toupper(substr(L, 1, 1)) substr(L, 2);
  E = tolower(F "." L "." i "@example.org");
  Y = 1960 + int(h / 3840000) % 65;
}
