/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The card gate, one named check at a time: a card made by hand that
 * breaks only that check fails only it, and a good card of every kind
 * passes them all.
 */
#include "config.h"

#include "ds-gate.h"

static DsCard *
card (DsCardKind  kind,
      const char *question,
      const char *answer)
{
  return ds_card_new ("t:x:0", "t", kind, question, answer);
}

static void
assert_fails_only (DsCard      *c,
                   DsGateCheck  check)
{
  guint failed = ds_gate_check_card (c);

  if (failed != 1u << check)
    g_error ("“%s”: expected to fail %s only, fails 0x%x", ds_card_get_question (c),
             ds_gate_check_name (check), failed);
  g_object_unref (c);
}

static void
assert_passes (DsCard *c)
{
  guint failed = ds_gate_check_card (c);

  if (failed != 0)
    g_error ("“%s”: expected to pass, fails 0x%x", ds_card_get_question (c), failed);
  g_object_unref (c);
}

static DsCard *
choice (const char         *question,
        const char * const *choices,
        int                 correct)
{
  DsCard *c = card (DS_CARD_MULTIPLE_CHOICE, question, choices[correct]);

  ds_card_set_choices (c, choices, correct);
  return c;
}

static DsCard *
list (const char         *question,
      const char * const *items,
      guint               expected)
{
  g_autofree char *answer = g_strjoinv ("; ", (char **) items);
  DsCard *c = card (DS_CARD_LIST, question, answer);

  ds_card_set_items (c, items);
  ds_card_set_expected_count (c, expected);
  return c;
}

static void
test_good_cards (void)
{
  const char * const items[] = { "regulator", "fasilitator", "komunikator", NULL };
  const char * const options[] = { "46%", "23%", "69%", "12%", NULL };
  const char * const tf[] = { "Benar", "Salah", NULL };
  DsCard *truth = card (DS_CARD_TRUE_FALSE, "Benar atau salah: Soft power adalah kemampuan menarik.",
                        "Benar. Soft power adalah kemampuan menarik.");

  assert_passes (card (DS_CARD_DEFINITION, "Apa yang dimaksud dengan soft power?",
                       "kemampuan memengaruhi pihak lain melalui daya tarik"));
  assert_passes (list ("Sebutkan tiga peran pemerintah menurut esai ini.", items, 3));
  assert_passes (choice ("Berapa persen pengguna yang terdampak?", options, 0));
  assert_passes (card (DS_CARD_CLOZE, "BSSN mencatat _____ serangan.", "88.414.296"));
  ds_card_set_choices (truth, tf, 0);
  assert_passes (truth);
}

static void
test_question_head (void)
{
  assert_fails_only (card (DS_CARD_LIST, "Apa saja lain?", "negara; bangsa"), DS_GATE_QUESTION_HEAD);
  {
    /* A pronoun for a head names no one, twice over. */
    DsCard *c = card (DS_CARD_DEFINITION, "Apa yang dimaksud dengan Ia?", "seorang diplomat senior");

    g_assert_cmphex (ds_gate_check_card (c), ==, (1u << DS_GATE_QUESTION_HEAD) | (1u << DS_GATE_REFERENT));
    g_object_unref (c);
  }
  assert_fails_only (card (DS_CARD_DEFINITION, "What is meant by what?", "a question"),
                     DS_GATE_QUESTION_HEAD);
}

static void
test_answers (void)
{
  const char * const conj[] = { "dan kerja sama", "pelatihan", NULL };
  const char * const markup[] = { "b>satu</b>", "dua", NULL };
  const char * const cut[] = { "pemantauan jaringan dan", "pelatihan pegawai", NULL };
  const char * const emphasis[] = { "**pertukaran pelajar**", "kursus bahasa", NULL };

  assert_fails_only (list ("Apa saja bentuk kerja sama siber?", conj, 0), DS_GATE_ANSWER_START);
  assert_fails_only (card (DS_CARD_FACT, "Siapa yang menandatangani Perjanjian Bali?", "yang"),
                     DS_GATE_ANSWER_EMPTY);
  assert_fails_only (card (DS_CARD_FACT, "Apa istilah lain untuk tantangan utama diplomasi digital?",
                           "adalah penyebaran hoaks"),
                     DS_GATE_ANSWER_START);
  assert_fails_only (list ("Apa saja bentuk kerja sama siber?", cut, 0), DS_GATE_ANSWER_END);
  assert_fails_only (card (DS_CARD_FACT, "Apa yang diwajibkan aturan pelaporan insiden?", "laporan tertulis yang"),
                     DS_GATE_ANSWER_END);
  /* A name and an adverb: a subject cut before its verb. */
  assert_fails_only (card (DS_CARD_FACT, "Siapa yang menegaskan bahwa soft power jarang cukup?", "Wibisono kemudian"),
                     DS_GATE_ANSWER_END);
  assert_fails_only (card (DS_CARD_FACT, "Apa yang memungkinkan denda bagi badan publik?", "Pasal 57 memang"),
                     DS_GATE_ANSWER_END);
  assert_fails_only (card (DS_CARD_FACT, "Who stressed that attraction is rarely enough?", "Keohane later"),
                     DS_GATE_ANSWER_END);
  assert_passes (card (DS_CARD_FACT, "Siapa yang menegaskan bahwa soft power jarang cukup?", "Wibisono"));
  assert_passes (card (DS_CARD_FACT, "When do the ministers meet?", "every year"));
  /* English ends a clause on a preposition. */
  assert_passes (card (DS_CARD_FACT, "What did the member states agree to?", "the terms they had agreed to"));
  assert_fails_only (list ("Apa saja bentuk kerja sama siber?", markup, 0), DS_GATE_MARKUP);
  assert_fails_only (list ("Apa saja bentuk kerja sama siber?", emphasis, 0), DS_GATE_MARKUP);
  assert_fails_only (card (DS_CARD_DEFINITION, "Apa yang dimaksud dengan diplomasi publik?",
                           "diplomasi publik"), DS_GATE_SELF_ANSWER);
}

static void
test_choices (void)
{
  const char * const three[] = { "Jepang", "Korea", "Australia", NULL };
  const char * const same[] = { "Jepang", "Korea", "Korea.", "Australia", NULL };
  const char * const year[] = { "46%", "2015", "23%", "69%", NULL };
  const char * const longest[] = { "jalur bilateral", "kerja sama", "pelatihan",
                                   "pusat pelatihan keamanan siber untuk negara anggota di kawasan", NULL };
  const char * const tf[] = { "Benar", "Salah", "Mungkin", NULL };

  assert_fails_only (choice ("Negara mana yang mendanai pusat pelatihan siber?", three, 0), DS_GATE_CHOICES);
  assert_fails_only (choice ("Negara mana yang mendanai pusat pelatihan siber?", same, 2), DS_GATE_CHOICES);
  assert_fails_only (choice ("Berapa persen pengguna yang terdampak?", year, 0), DS_GATE_CHOICE_TYPES);
  assert_fails_only (choice ("Apa yang didanai Jepang?", longest, 3), DS_GATE_CHOICE_LENGTHS);
  {
    DsCard *c = card (DS_CARD_TRUE_FALSE, "Benar atau salah: X adalah Y.", "Salah. X adalah Z.");

    ds_card_set_choices (c, tf, 1);
    assert_fails_only (c, DS_GATE_TRUE_FALSE);
  }
}

static void
test_count_honest (void)
{
  const char * const two[] = { "meningkatnya ancaman terhadap layanan daring",
                               "munculnya pasar kerentanan perangkat lunak", NULL };
  DsCard *honest = list ("Sebutkan tiga tren global yang muncul menurut esai ini.", two, 3);

  assert_fails_only (list ("Sebutkan tiga tren global yang muncul menurut esai ini.", two, 3),
                     DS_GATE_COUNT_HONEST);
  ds_card_add_warning (honest, "Sumber menyebut tiga tren global, tetapi butir a. tidak ada dalam teks.");
  assert_passes (honest);
}

static void
test_blank_span (void)
{
  /* A blank after a count and "of the", "dari" cuts the phrase. */
  assert_fails_only (card (DS_CARD_CLOZE, "By 2020, only four of the _____ had ratified the Varo Treaty.",
                           "nine signatory states"), DS_GATE_BLANK_SPAN);
  assert_fails_only (card (DS_CARD_CLOZE, "Hingga 2020, baru empat dari _____ meratifikasi Traktat Varo.",
                           "sembilan negara"), DS_GATE_BLANK_SPAN);
  /* A rank, and the blank a whole phrase. */
  assert_passes (card (DS_CARD_CLOZE, "Indonesia menempati peringkat ke-24 dari _____.", "194 negara"));
  assert_passes (card (DS_CARD_CLOZE, "By 2020, only _____ of the nine signatory states had ratified the Varo Treaty.",
                       "four"));
}

/* Works cited are the text's apparatus. */
static void
test_reference_items (void)
{
  const char * const apa[] = { "Nye, J. (2004). Soft Power: The Means to Success in World Politics. New York: PublicAffairs",
                               "Cull, N. (2019). Public Diplomacy. Cambridge: Polity", NULL };
  const char * const chicago[] = { "Anwar, D. F. 2020. Indonesia and the ASEAN Outlook. Jakarta: CSIS",
                                   "Kementerian Luar Negeri (2021). Laporan Tahunan Diplomasi Digital", NULL };
  const char * const scholars[] = { "Nye (2004)", "Cull (2019)", NULL };
  const char * const bodies[] = { "the Fulbright Program (1946), run by the State Department", "Darmasiswa (1974)", NULL };

  assert_fails_only (list ("What are the works on public diplomacy?", apa, 0), DS_GATE_REFERENCE_ITEMS);
  assert_fails_only (list ("Apa saja karya tentang diplomasi publik?", chicago, 0), DS_GATE_REFERENCE_ITEMS);
  /* A scholar and a year, a name and its year in an aside, are items. */
  assert_passes (list ("Who wrote on public diplomacy?", scholars, 0));
  assert_passes (list ("Name the exchange programmes.", bodies, 0));
}

static void
test_referent (void)
{
  const char * const items[] = { "jalur patroli bersama", "zona tangkap tradisional", NULL };
  const char * const steps[] = { "memetakan layanan publik", "menguji rencana darurat layanan", NULL };

  /* A noun pointed at that the card names nowhere, a phrase that leans
   * back, a pronoun in a question, a link or an ordinal step that opens
   * a sentence. */
  assert_fails_only (card (DS_CARD_FACT, "Kapan langkah tersebut diambil?", "2015"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Hal ini menurunkan penahanan nelayan hingga _____.", "60 persen"),
                     DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Pada tahun yang sama, kedua negara membuka _____.", "jalur darurat"),
                     DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "However, the commission met in _____.", "Suva"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Kedua, komisi bersidang di _____.", "Pontianak"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_FACT, "Mengapa mereka menolak laporan inspeksi?", "alasan rahasia dagang"),
                     DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "The latter claim was rejected in _____.", "2014"), DS_GATE_REFERENT);
  assert_fails_only (list ("Lengkapi: Persetujuan tersebut mengatur …", items, 0), DS_GATE_REFERENT);
  /* A pronoun that is the subject after a short aside stands for what
   * the sentence before named. */
  assert_fails_only (card (DS_CARD_CLOZE, "Unlike the earlier treaty, it binds every state to publish a _____.",
                           "water budget"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Pada 2014, mereka membentuk _____.", "kantor survei bersama"),
                     DS_GATE_REFERENT);
  /* A possessive before anything the question names owns nothing. */
  assert_fails_only (card (DS_CARD_FACT, "When was its mandate announced?", "3 April 2004"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_FACT, "Kapan mandatnya diumumkan?", "3 April 2004"), DS_GATE_REFERENT);
  /* So after a count or an adverb, and at the head of a blank's sentence. */
  {
    const char * const founders[] = { "Indonesia", "Malaysia", "Filipina", "Singapura", "Thailand", NULL };

    assert_fails_only (list ("Sebutkan lima negara pendirinya menurut esai ini.", founders, 5), DS_GATE_REFERENT);
  }
  assert_fails_only (card (DS_CARD_CLOZE, "Kini anggotanya berjumlah _____.", "sepuluh negara"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Anggaran sekretariatnya belum naik sejak _____.", "2016"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Its budget has not grown since _____.", "2016"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Pada 2019, anggaran tahunannya naik menjadi _____.", "2,4 juta dolar AS"),
                     DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "In 2019, its annual budget rose to _____.", "2.4 million dollars"),
                     DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Kini anggotanya berjumlah _____, dan dua negara lain berstatus pengamat.",
                           "tujuh negara"), DS_GATE_REFERENT);

  /* The card names the noun, points at the time or the text, or says the
   * sentence pointed at; a contrast's answer points at its question's
   * sides in order. */
  assert_passes (card (DS_CARD_FACT, "Apa yang diatur Undang-Undang Nomor 27 Tahun 2022?",
                       "sanksi, yang oleh undang-undang tersebut dibagi dua"));
  assert_passes (card (DS_CARD_CLOZE, "Saat ini, komisi beranggotakan _____.", "empat belas pejabat"));
  assert_passes (card (DS_CARD_CLOZE, "Sejak 2016, Komisi Perikanan Arafura tersebut bersidang di _____.", "Merauke"));
  assert_passes (list ("Apa saja langkah menyusun rencana darurat?", steps, 0));
  assert_passes (list ("Lengkapi: Kedua negara menandatangani persetujuan batas laut. Hal ini mencakup …",
                       items, 0));
  assert_passes (card (DS_CARD_FACT, "What does the Varna Accord require its parties to do?",
                       "to report every ceasefire violation"));
  assert_passes (card (DS_CARD_FACT, "Kapan biasanya komisi bersidang?", "setiap Maret"));
  /* A possessive in an aside whose owner the clause names, or "-nya"
   * that says what the point is. */
  assert_passes (card (DS_CARD_CLOZE, "In its first four years, the Gulf Shipping Board met in _____.", "Aden"));
  assert_passes (card (DS_CARD_CLOZE, "Kuncinya bukan harga pupuk, melainkan _____.", "pasokan gas"));
  /* An aside that is a clause naming the subject, or "it" that stands
   * for what follows it. */
  assert_passes (card (DS_CARD_CLOZE, "When the Lenne Commission met in 2011, it adopted the _____.", "Ostrava Rules"));
  assert_passes (card (DS_CARD_CLOZE, "In practice, it is hard to verify a _____.", "basin ledger"));
  assert_passes (card (DS_CARD_FACT, "Apa perbedaan realisme dengan liberalisme?",
                       "yang pertama menekankan kekuatan, sedangkan yang kedua menekankan kerja sama"));
}

/* Pro-forms: a word that stands for what the sentence before said — a
 * verb's "-nya", "melakukannya", "do so", "this" alone — with nothing
 * before it on the card it can stand for; and the same words where the
 * card names what they stand for. */
static void
test_referent_proform (void)
{
  const char * const two[] = { "pendekatan hukum", "pendekatan literasi digital", NULL };
  const char * const years[] = { "2009", "2011", "2002", "2010", NULL };

  assert_fails_only (card (DS_CARD_FACT, "Apa organisasi kawasan pertama yang melakukannya?", "ASEAN"),
                     DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "_____ adalah alat untuk menjalankannya.", "diplomasi"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_DEFINITION, "Apa yang dimaksud dengan diplomasi?", "cara mencapainya"),
                     DS_GATE_REFERENT);
  assert_fails_only (list ("Sebutkan dua strategi yang ditempuh untuk menanggulanginya menurut esai ini.", two, 2),
                     DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Indonesia meratifikasinya pada tahun _____.", "1978"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Seoul supports this with the _____.", "Culture Service"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "The centre offers a rare chance to do so; funding runs until _____.", "2027"),
                     DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_FACT, "Which state was the first to do so?", "Estonia"), DS_GATE_REFERENT);

  /* A clause before says the deed, a noun before the thing; the blank
   * hides a noun after "this"; an aside's "these" is not the claim. */
  assert_passes (card (DS_CARD_CLOZE, "Estonia adopted a cyber strategy in _____, the first state to do so.", "2008"));
  assert_passes (card (DS_CARD_CLOZE, "Estonia mengadopsi strategi siber pada _____, negara pertama yang melakukannya.",
                       "2008"));
  assert_passes (choice ("Manakah yang tepat untuk mengisi bagian kosong? Sistem izin lama dihapus pada tahun _____, "
                         "ketika daftar tangkapan elektronik menggantikannya.", years, 0));
  assert_passes (card (DS_CARD_DEFINITION, "Apa yang dimaksud dengan diplomasi vaksin?",
                       "pembagian dosis kepada negara yang tidak mampu membelinya"));
  assert_passes (card (DS_CARD_CLOZE, "Kuncinya bukan harga urea, melainkan _____.",
                       "siapa yang menguasai gas alam untuk membuatnya"));
  assert_passes (card (DS_CARD_CLOZE, "In 2019 this _____ was signed in Hanoi.", "framework"));
  assert_passes (card (DS_CARD_CLOZE, "Alongside these, the Singapore centre opened in _____.", "2019"));
  assert_passes (card (DS_CARD_CLOZE, "Sanctions fall on those who leak data, up to _____.", "five years"));
}

/* Short forms the text gives itself, the acronym of a longer name paired
 * with its last nouns, a figure's number, a page range, a handle, a list
 * of questions: one named check each, and the cards beside them that
 * must stay. */
static void
test_furniture (void)
{
  const char * const research[] = { "Bagaimana Fiji menjaga stok tuna?", "Apa peran Badan Perikanan Forum?", NULL };
  const char * const review[] = { "What does the Vessel Day Scheme sell", "Why were observers withdrawn", NULL };
  const char * const steps[] = { "perundingan kuota", "pemantauan kapal", NULL };
  const char * const figures[] = { "3 shows", "9 shows", "4 shows", "2 shows", NULL };
  const char * const years[] = { "2007", "2004", "2009", "2000", NULL };

  assert_fails_only (card (DS_CARD_CLOZE, "Dokumen tahun 1998 (selanjutnya disebut _____) mengatur pelepasan air.",
                           "Perjanjian Syr Darya"), DS_GATE_SHORT_FORM);
  assert_fails_only (card (DS_CARD_CLOZE, "The 1998 accord (hereinafter _____) governs water releases.",
                           "the Syr Darya Agreement"), DS_GATE_SHORT_FORM);
  assert_fails_only (card (DS_CARD_FACT, "What is another name for Parties to the Nauru Agreement?",
                           "hereinafter PNA"), DS_GATE_SHORT_FORM);
  /* The date of the same sentence stays. */
  assert_passes (choice ("Which fills the blank? The Parties to the Nauru Agreement (hereinafter PNA) introduced "
                         "the scheme in _____.", years, 0));

  assert_fails_only (card (DS_CARD_FACT, "What is another name for Aral Sea?", "IFAS"), DS_GATE_ALIAS_SPAN);
  assert_fails_only (card (DS_CARD_FACT, "Apa istilah lain untuk Laut Aral?", "IFLA"), DS_GATE_ALIAS_SPAN);
  assert_fails_only (card (DS_CARD_FACT, "Apa istilah lain untuk april 2004?", "disebut Sabtu Referendum"),
                     DS_GATE_ALIAS_SPAN);
  assert_fails_only (card (DS_CARD_FACT, "What is another name for 24 April 2004?", "Referendum Saturday"),
                     DS_GATE_ALIAS_SPAN);
  /* The whole name's acronym, a translation's or a second name stay;
   * so does a law's number. */
  assert_passes (card (DS_CARD_FACT, "Apa istilah lain untuk UU Nomor 11 Tahun 2008?", "UU ITE"));
  assert_passes (card (DS_CARD_FACT, "What is another name for Zambezi Watercourse Commission?", "ZAMCOM"));
  assert_passes (card (DS_CARD_FACT, "Apa istilah lain untuk Organisasi Perdagangan Dunia?", "WTO"));
  assert_passes (card (DS_CARD_FACT, "What is another name for the Korean Wave?", "Hallyu"));

  assert_fails_only (choice ("Which fills the blank? As Figure _____, licence revenue grew fourfold.", figures, 0),
                     DS_GATE_FURNITURE);
  assert_fails_only (card (DS_CARD_CLOZE, "Sebagaimana terlihat pada Tabel _____, ekspor turun.", "2"),
                     DS_GATE_FURNITURE);
  assert_fails_only (card (DS_CARD_CLOZE, "Follow her on X _____.", "@lenaward"), DS_GATE_FURNITURE);
  assert_fails_only (card (DS_CARD_FACT, "Di mana laporan itu diterbitkan?", "https://example.org/laporan"),
                     DS_GATE_FURNITURE);
  /* An account the question asks for, a figure in the text, an
   * article's number stay. */
  assert_passes (card (DS_CARD_FACT, "Melalui akun resmi apa kementerian menjawab pertanyaan publik?", "@Kemlu_RI"));
  assert_passes (card (DS_CARD_CLOZE, "Licence revenue grew by _____ between 2010 and 2020.", "300 per cent"));
  assert_passes (card (DS_CARD_CLOZE, "Pasal _____ melarang ekspor benih tanpa izin.", "12"));

  assert_fails_only (list ("Apa saja rumusan masalah?", research, 0), DS_GATE_QUESTION_ITEMS);
  assert_fails_only (list ("What are the review questions?", review, 0), DS_GATE_QUESTION_ITEMS);
  assert_passes (list ("Apa saja langkah pengelolaan tuna?", steps, 0));
}

/* The checks on what a stem gives away, what a blank asks in vain, the
 * seams of templates, vague pointers and the document's debris. */
static void
test_stem_and_seams (void)
{
  const char * const total[] = { "42 peserta", "32 peserta", "126 peserta", "53 peserta", NULL };
  const char * const share[] = { "75 percent", "38 percent", "25 percent", "19 percent", NULL };
  const char * const courtesy[] = { "Thank you", "Madam Chair", NULL };
  const char * const readings[] = { "Schmitt", "Finnemore", NULL };
  const char * const tasks[] = { "menerbitkan izin", "memantau pemanfaatan", NULL };

  assert_fails_only (choice ("Manakah yang tepat untuk mengisi bagian kosong? Kegiatan diikuti oleh _____, "
                             "terdiri atas 30 diplomat muda, 8 pegawai BSSN, dan 4 perwakilan Kemhan.", total, 0),
                     DS_GATE_STEM_GIVEAWAY);
  assert_fails_only (choice ("Which fills the blank? Of the 40 agencies it surveyed, 30 said their connection was "
                             "faster, or _____ of all respondents.", share, 0),
                     DS_GATE_STEM_GIVEAWAY);
  assert_passes (choice ("Which fills the blank? In 2023, _____ of the 40 agencies reported an attack.", share, 0));
  assert_fails_only (card (DS_CARD_CLOZE, "Rapat dibuka pukul _____ WIB.", "10.05"), DS_GATE_TRIVIAL_BLANK);
  assert_fails_only (card (DS_CARD_CLOZE, "Penjual di forum peretas menawarkan seluruh basis data seharga _____.", "5.000 dolar AS"),
                     DS_GATE_TRIVIAL_BLANK);
  assert_fails_only (card (DS_CARD_CLOZE, "Visa application forms must be returned by _____.", "12 March 2025"),
                     DS_GATE_TRIVIAL_BLANK);
  assert_passes (card (DS_CARD_CLOZE, "Indonesia aims to reach net zero by _____.", "2060"));
  /* A date's blank in a short stem that names nothing: when what? */
  assert_fails_only (card (DS_CARD_CLOZE, "Publication began on _____.", "28 November 2010"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Perubahan penting terjadi pada _____.", "November 2014"), DS_GATE_REFERENT);
  assert_passes (card (DS_CARD_CLOZE, "Estonia joined in _____.", "2004"));
  assert_passes (card (DS_CARD_CLOZE, "Google was founded in _____.", "1998"));
  assert_passes (card (DS_CARD_CLOZE, "Tokopedia mulai beroperasi pada _____.", "Agustus 2009"));
  assert_fails_only (card (DS_CARD_CLOZE, "Pelaksanaan dimulai pada _____.", "Mei 2021"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "The launch happened in _____.", "2019"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Titik balik terjadi pada _____.", "Oktober 2021"), DS_GATE_REFERENT);
  assert_fails_only (card (DS_CARD_CLOZE, "Negotiations began in _____.", "2019"), DS_GATE_REFERENT);
  /* A count before its noun is no year: the stem is no date's. */
  assert_passes (card (DS_CARD_CLOZE, "The fleet has _____.", "1200 vessels"));
  assert_fails_only (card (DS_CARD_CLOZE, "Oleh _____, peneliti komunikasi politik.", "Bagus Pramono"),
                     DS_GATE_TRIVIAL_BLANK);
  assert_fails_only (card (DS_CARD_FACT, "Di mana ketika Pusat Media Baltik berbasis?", "Skopje"), DS_GATE_SEAM);
  assert_fails_only (card (DS_CARD_FACT, "Oleh siapa sebagaimana dicatat?", "Hartono"), DS_GATE_SEAM);
  assert_passes (card (DS_CARD_FACT, "Di mana Pusat Media Baltik berbasis?", "Skopje"));
  assert_fails_only (card (DS_CARD_CLOZE, "2.1 The agreement was adopted in _____.", "June 2023"), DS_GATE_SEAM);
  assert_fails_only (card (DS_CARD_FACT, "What does the amount cover?", "scholarships and bootcamps"), DS_GATE_VAGUE);
  assert_fails_only (card (DS_CARD_FACT, "Apa tujuan Indonesia?", "menjadi lima besar ekonomi digital"), DS_GATE_VAGUE);
  assert_passes (card (DS_CARD_FACT, "What is the figure given for export losses?", "6 billion USD"));
  assert_fails_only (list ("What are the readings for next week?", readings, 0), DS_GATE_DEBRIS);
  /* A list asked as many things whose owner is one thing. */
  assert_fails_only (list ("What are the council in \u201CArguments for optimism\u201D?", tasks, 0), DS_GATE_SEAM);
  assert_fails_only (list ("What are the ATS in \u201CRelated instruments\u201D?", tasks, 0), DS_GATE_SEAM);
  assert_fails_only (list ("Apa saja Iran dalam \u201CStudi kasus\u201D?", tasks, 0), DS_GATE_SEAM);
  assert_passes (list ("What are the sequence of moves in \u201CHow Campaigns Spread\u201D?", tasks, 0));
  /* A contrast whose sides are no two things. */
  assert_fails_only (card (DS_CARD_FACT, "What is the difference between unlike and DLMs?", "unlike quotas, the conditions are harder to challenge; DLMs remain controversial"), DS_GATE_SEAM);
  assert_fails_only (card (DS_CARD_FACT, "Apa perbedaan sertifikasi keamanan kabel dengan sertifikasi?", "sertifikasi keamanan kabel lebih cepat; sertifikasi berbasis standar internasional lebih mahal"), DS_GATE_SEAM);
  assert_passes (card (DS_CARD_FACT, "Apa perbedaan negara maju dengan negara berkembang?", "negara maju memilih OECD; negara berkembang memilih PBB"));
  assert_passes (list ("What are the NGOs in \u201CCivil society\u201D?", tasks, 0));
  assert_passes (list ("Apa saja NPT\u2014\" 3 pilar\"?", tasks, 0));
  assert_fails_only (list ("Complete: MAYA LESTARI (First Proposition) …", courtesy, 0), DS_GATE_DEBRIS);
  assert_passes (list ("Apa saja tugas otoritas nasional?", tasks, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gate/good-cards", test_good_cards);
  g_test_add_func ("/gate/question-head", test_question_head);
  g_test_add_func ("/gate/answers", test_answers);
  g_test_add_func ("/gate/choices", test_choices);
  g_test_add_func ("/gate/count-honest", test_count_honest);
  g_test_add_func ("/gate/referent", test_referent);
  g_test_add_func ("/gate/referent-proform", test_referent_proform);
  g_test_add_func ("/gate/blank-span", test_blank_span);
  g_test_add_func ("/gate/reference-items", test_reference_items);
  g_test_add_func ("/gate/furniture", test_furniture);
  g_test_add_func ("/gate/stem-and-seams", test_stem_and_seams);

  return g_test_run ();
}
