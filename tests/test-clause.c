/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The clause reader (src/core/engine/ds-clause.c): on sentences written
 * for it, the slots it finds. Each case lists the slots it checks; a
 * slot left out is not checked. */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "ds-claims-private.h"

typedef struct {
  gboolean    english;
  const char *text;
  const char *slots[8];   /* "label=[text]" each, all found in the description */
  const char *absent[4];  /* "label=[text]" none of which may be found */
} Case;

static const Case cases[] = {
  { FALSE, "Tanaka (1995: 7) kemudian mendefinisikan diplomasi digital sebagai upaya negara memakai internet.",
    { "subject=[Tanaka]", "head=[mendefinisikan]", "aside:citation=[(1995: 7)]", "adverb=[kemudian]",
      "object=[diplomasi digital sebagai upaya negara memakai internet]" } },
  { FALSE, "Pada 2019, Kementerian Luar Negeri (lihat Bab 2) juga membentuk satuan tugas siber.",
    { "opening=[Pada 2019,]", "subject=[Kementerian Luar Negeri]", "aside:xref=[(lihat Bab 2)]",
      "head=[membentuk]" }, { "adverb=[juga]" } },
  /* "juga" before a verb of defining says the same without it. */
  { FALSE, "Haryadi juga mengartikan ekolabel sebagai tanda pada kemasan.",
    { "subject=[Haryadi]", "adverb=[juga]", "head=[mengartikan]" } },
  { FALSE, "Kabar burung, kata Bu Ratna, adalah berita yang belum diperiksa kebenarannya.",
    { "subject=[Kabar burung]", "aside:speaker=[, kata Bu Ratna,]", "head=[adalah]", "sub=[yang]" } },
  { FALSE, "Diplomasi publik pada dasarnya adalah upaya meyakinkan warga negara lain.",
    { "subject=[Diplomasi publik]", "aside:hedge=[pada dasarnya]", "head=[adalah]" } },
  { FALSE, "Harga beras naik karena panen gagal di tiga provinsi.",
    { "subject=[Harga beras]", "head=[naik]", "sub=[karena]" } },
  /* Brackets that are content, not asides. */
  { FALSE, "Badan Siber dan Sandi Negara (BSSN) mengelola anggaran (Rp1,2 triliun) untuk tahun ini.",
    { "head=[mengelola]" }, { "aside:citation=[(BSSN)]", "aside:citation=[(Rp1,2 triliun)]" } },
  /* An additive "juga" that carries the sentence stays. */
  { FALSE, "Selain Jepang, Korea Selatan juga menandatangani perjanjian itu.",
    { "head=[menandatangani]" }, { "adverb=[juga]" } },
  { TRUE, "Nye (2004, p. 7) later defined soft power as the ability to attract.",
    { "subject=[Nye]", "aside:citation=[(2004, p. 7)]", "adverb=[later]", "head=[defined]" } },
  { TRUE, "Disinformation, Okafor says, is false content spread on purpose.",
    { "subject=[Disinformation]", "aside:speaker=[, Okafor says,]", "head=[is]" } },
  { TRUE, "In practice, the treaty (see Box 1) is essentially a code of conduct, which binds nobody.",
    { "opening=[In practice,]", "subject=[the treaty]", "aside:xref=[(see Box 1)]", "aside:hedge=[essentially]",
      "head=[is]", "sub=[which]" } },
  { TRUE, "The agency also publishes a yearly report [3] on incidents.",
    { "subject=[The agency]", "head=[publishes]", "aside:citation=[[3]]" }, { "adverb=[also]" } },
  { TRUE, "Brandt then defined brain circulation as the return of skilled migrants.",
    { "subject=[Brandt]", "adverb=[then]", "head=[defined]" } },
  { TRUE, "Besides Japan, South Korea also signed the accord.",
    { "opening=[Besides Japan,]", "subject=[South Korea]", "head=[signed]" }, { "adverb=[also]" } },
  { TRUE, "Not only Japan but Korea also signed the accord.",
    { NULL }, { "adverb=[also]" } },
  { TRUE, "The two steps (1) and (2) are closely linked.",
    { "subject=[The two steps (1) and (2)]", "head=[are]" }, { "aside:citation=[(1)]" } },
};

static void
test_slots (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autofree char *got = _ds_clause_describe (c->english, c->text);

      for (guint k = 0; k < G_N_ELEMENTS (c->slots) && c->slots[k] != NULL; k++)
        if (strstr (got, c->slots[k]) == NULL)
          g_error ("%s\n  expected %s\n  got %s", c->text, c->slots[k], got);
      for (guint k = 0; k < G_N_ELEMENTS (c->absent) && c->absent[k] != NULL; k++)
        if (strstr (got, c->absent[k]) != NULL)
          g_error ("%s\n  did not expect %s\n  got %s", c->text, c->absent[k], got);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/clause/slots", test_slots);
  return g_test_run ();
}
