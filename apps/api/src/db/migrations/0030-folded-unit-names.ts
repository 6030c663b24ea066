// Frozen migration: units searched by name or code with diacritics optional (decision 38).
// Folding a name at query time (translate over some 360 letters, for every unit in reach)
// took seconds at 33,000 units; each name is folded once, when written, into a stored
// generated column, and a search scans those. `lantoa_fold` is the domain's
// `foldVietnamese` as SQL: the letters with diacritics (and A–Z) become a–z, đ becomes d,
// after NFC normalisation; the map below was built from it when this migration was
// written (services/paging/folded-text.test.ts checks the two still agree). Immutable, as
// a generated column requires; PostgreSQL and PGlite compute it alike, whatever the locale.
import { type Kysely, sql } from 'kysely';

const FROM = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÇÈÉÊËÌÍÎ',
  'ÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀ',
  'āĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪ',
  'īĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞş',
  'ŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓ',
  'ǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋ',
  'ȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳẠạẢảẤấẦầ',
  'ẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏ',
  'ỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷ',
  'Ỹỹ',
].join('');
const TO = [
  'abcdefghijklmnopqrstuvwxyzaaaaaaceeeeiii',
  'inooooouuuuyaaaaaaceeeeiiiinooooouuuuyya',
  'aaaaaccccccccddddeeeeeeeeeegggggggghhiii',
  'iiiiiijjkkllllllnnnnnnoooooorrrrrrssssss',
  'ssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioou',
  'uuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiii',
  'oooorrrruuuusstthhaaeeooooooooyyaaaaaaaa',
  'aaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooo',
  'oooooooooooooooooooouuuuuuuuuuuuuuyyyyyy',
  'yy',
].join('');

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION lantoa_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT translate(normalize(t, NFC), ${sql.lit(FROM)}, ${sql.lit(TO)}) $$
  `.execute(db);
  await sql`
    ALTER TABLE units
      ADD COLUMN folded_name text GENERATED ALWAYS AS (lantoa_fold(name)) STORED,
      ADD COLUMN folded_code text GENERATED ALWAYS AS (lantoa_fold(code)) STORED
  `.execute(db);
  await sql`
    ALTER TABLE unit_names
      ADD COLUMN folded_name text GENERATED ALWAYS AS (lantoa_fold(name)) STORED
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0030-folded-unit-names is not reversible');
}
