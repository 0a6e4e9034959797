/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsClaimsPanel"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ds-claims.h"
#include "ds-claims-panel.h"
#include "ds-text-inline.h"
#include "ds-text-label.h"
#include "ds-utf8.h"
#include "ds-widgets-private.h"

/* A summary taken from a sentence stops after this many words. */
#define SUMMARY_WORDS 16
/* A definition's body shown under its term stops after this many. */
#define BODY_WORDS 24

struct _DsClaimsPanel
{
  GtkWidget      parent_instance;

  DsReaderPage  *reader;        /* weak: the reader holds the panel */
  DsSession     *session;
  DsEssay       *essay;         /* the essay listed, or NULL */
  GPtrArray     *claims;        /* its claims, or NULL */
  gboolean       stale;         /* the reader's essay changed while hidden */
  gboolean       single_topic;  /* one group: no section headings */

  /* Template children. */
  GtkLabel      *count_label;
  GtkStack      *stack;
  GtkListBox    *list_box;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (DsClaimsPanel, ds_claims_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_READER,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
panel_shown (DsClaimsPanel *self)
{
  return self->reader != NULL && ds_reader_page_get_side_panel_visible (self->reader);
}

/* Texts. */

/* The first @n_words words of @text, with an ellipsis when cut. */
static char *
first_words (const char *text,
             guint       n_words)
{
  const char *p = text;
  guint words = 0;
  gboolean in_word = FALSE;

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (space && in_word && ++words == n_words)
        break;
      in_word = !space;
    }
  if (*p == '\0')
    return g_strdup (text);
  /* "ekonomi,…" reads badly: the cut drops the punctuation before it. */
  while (p > text && strchr (",;:", p[-1]) != NULL)
    p--;
  return g_strdup_printf ("%.*s…", (int) (p - text), text);
}

static char *
kind_label (const DsClaim *claim)
{
  guint n = ds_claim_get_n_items (claim);

  switch (claim->kind)
    {
    case DS_CLAIM_ENUMERATION:
      if (claim->stated_count > 0)
        /* Translators: a list claim: items found of the number the essay
         * states, e.g. "List · 2 of 3 items". */
        return g_strdup_printf (ngettext ("List · %u of %u item", "List · %u of %u items",
                                          claim->stated_count),
                                n, claim->stated_count);
      /* Translators: a list claim and how many items it has. */
      return g_strdup_printf (ngettext ("List · %u item", "List · %u items", n), n);
    case DS_CLAIM_DEFINITION:
      return g_strdup (_("Definition"));
    case DS_CLAIM_ROLE:
      if (n > 0)
        /* Translators: what an actor does, e.g. "Role · 3 actions". */
        return g_strdup_printf (ngettext ("Role · %u action", "Role · %u actions", n), n);
      return g_strdup (_("Role"));
    case DS_CLAIM_FACT:
    default:
      return g_strdup (_("Fact"));
    }
}

static const char *
kind_icon (const DsClaim *claim)
{
  switch (claim->kind)
    {
    case DS_CLAIM_ENUMERATION:
      return "view-list-bullet-symbolic";
    case DS_CLAIM_DEFINITION:
      return "accessories-dictionary-symbolic";
    case DS_CLAIM_ROLE:
      return "system-users-symbolic";
    case DS_CLAIM_FACT:
    default:
      return "starred-symbolic";
    }
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* The claim's sentence as plain text, Markdown's inline marks ("**term**",
 * "_term_", "`code`") left out as the cards' sources leave them. */
static char *
plain_sentence (DsEssay       *essay,
                const DsClaim *claim)
{
  if (claim->sentence == NULL)
    return g_strdup ("");
  return ds_essay_dup_plain_sentence (essay, claim->start, claim->end, claim->sentence);
}

/* What the claim is about, in a line or two; @sentence is the claim's,
 * plain. */
static char *
claim_summary (const DsClaim *claim,
               const char    *sentence)
{

  switch (claim->kind)
    {
    case DS_CLAIM_ENUMERATION:
    case DS_CLAIM_ROLE:
    case DS_CLAIM_DEFINITION:
      /* What is listed, who acts, or the defined term. */
      if (has_text (claim->subject))
        return ds_utf8_capitalize (claim->subject);
      break;
    case DS_CLAIM_FACT:
    default:
      if (has_text (claim->question))
        return g_strdup (claim->question);
      break;
    }
  /* A list's source runs from its introduction over its items, which
   * the row shows below, one to a line: the summary is the introduction
   * ("Hal ini bisa diperoleh melalui:"), not the items again. */
  if (claim->kind == DS_CLAIM_ENUMERATION || claim->kind == DS_CLAIM_ROLE)
    {
      const char *nl = strchr (sentence, '\n');

      if (nl != NULL && nl > sentence)
        {
          g_autofree char *intro = g_strstrip (g_strndup (sentence, nl - sentence));

          if (*intro != '\0')
            return first_words (intro, SUMMARY_WORDS);
        }
    }
  return first_words (sentence, SUMMARY_WORDS);
}

/* A second, dimmer line: a definition's body or a fact's key term. */
static char *
claim_detail (const DsClaim *claim)
{
  if (claim->kind == DS_CLAIM_DEFINITION && has_text (claim->body))
    return first_words (claim->body, BODY_WORDS);
  if (claim->kind == DS_CLAIM_FACT && has_text (claim->subject))
    /* Translators: the key term a fact card asks for. */
    return g_strdup_printf (_("Answer: %s"), claim->subject);
  return NULL;
}

/* Rows. Essay text goes through gtk_label_set_text(), never markup. */

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = ds_text_label_new (text, css_class);

  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

static GtkWidget *
icon_line (const char *icon_name,
           GtkWidget  *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
append_items (GtkBox        *box,
              const DsClaim *claim)
{
  guint n = ds_claim_get_n_items (claim);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("• %s", ds_claim_get_item (claim, i));
      GtkWidget *label = wrapped_label (text, "claim-item");

      gtk_widget_set_margin_start (label, 6);
      gtk_box_append (box, label);
    }
}

static void
append_warnings (GtkBox        *box,
                 const DsClaim *claim)
{
  for (guint i = 0; claim->warnings != NULL && i < claim->warnings->len; i++)
    {
      GtkWidget *label = wrapped_label (g_ptr_array_index (claim->warnings, i), "caption");
      GtkWidget *line = icon_line ("dialog-warning-symbolic", label);

      gtk_widget_add_css_class (line, "warning");
      gtk_widget_add_css_class (line, "claim-warning");
      gtk_box_append (box, line);
    }
}

static GtkWidget *
create_row (DsEssay       *essay,
            const DsClaim *claim)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *kind = kind_label (claim);
  g_autofree char *sentence = plain_sentence (essay, claim);
  g_autofree char *summary = claim_summary (claim, sentence);
  g_autofree char *detail = claim_detail (claim);
  g_autofree char *description = NULL;
  GtkWidget *kind_line = icon_line (kind_icon (claim), wrapped_label (kind, "caption"));

  gtk_widget_add_css_class (kind_line, "dim-label");
  gtk_box_append (GTK_BOX (box), kind_line);
  gtk_box_append (GTK_BOX (box), wrapped_label (summary, "claim-summary"));
  if (detail != NULL)
    {
      GtkWidget *label = wrapped_label (detail, "dim-label");

      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }
  append_items (GTK_BOX (box), claim);
  append_warnings (GTK_BOX (box), claim);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* The whole sentence, for the words a summary leaves out. */
  gtk_widget_set_tooltip_text (row, claim->sentence != NULL ? sentence : NULL);

  description = g_strdup_printf ("%s: %s", kind, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  /* The label replaces the row's text for screen readers; warnings are
   * what a listener must not miss. */
  if (claim->warnings != NULL && claim->warnings->len > 0)
    {
      g_autoptr(GString) warnings = g_string_new (NULL);

      for (guint i = 0; i < claim->warnings->len; i++)
        g_string_append_printf (warnings, "%s%s", i > 0 ? " " : "",
                                (const char *) g_ptr_array_index (claim->warnings, i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, warnings->str,
                                      -1);
    }
  return row;
}

/* Section headings between rows: a claim's topic, when it changes. */

static const char *
row_topic (DsClaimsPanel *self,
           GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);
  const DsClaim *claim;

  if (self->claims == NULL || index < 0 || (guint) index >= self->claims->len)
    return NULL;
  claim = g_ptr_array_index (self->claims, index);
  return claim->topic;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       data)
{
  DsClaimsPanel *self = data;
  const char *topic = row_topic (self, row);
  GtkWidget *header;

  if (!has_text (topic) || self->single_topic ||
      (before != NULL && g_strcmp0 (topic, row_topic (self, before)) == 0))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = wrapped_label (topic, "heading");
  gtk_widget_add_css_class (header, "claims-section");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, before != NULL ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

/* Filling the list. */

static void
mark_claims (DsClaimsPanel *self)
{
  if (self->reader == NULL || ds_reader_page_get_essay (self->reader) == NULL)
    return;

  ds_reader_page_clear_claim_highlights (self->reader);
  if (!panel_shown (self) || self->claims == NULL)
    return;
  for (guint i = 0; i < self->claims->len; i++)
    {
      const DsClaim *claim = g_ptr_array_index (self->claims, i);

      ds_reader_page_add_claim_highlight (self->reader, claim->start, claim->end);
    }
}

static void
update_count (DsClaimsPanel *self)
{
  guint n = self->claims ? self->claims->len : 0;
  guint n_warned = 0;
  g_autofree char *claims_text = NULL;

  for (guint i = 0; i < n; i++)
    {
      const DsClaim *claim = g_ptr_array_index (self->claims, i);

      if (claim->warnings != NULL && claim->warnings->len > 0)
        n_warned++;
    }

  /* Translators: how many key claims the panel lists. */
  claims_text = g_strdup_printf (ngettext ("%u claim", "%u claims", n), n);
  if (n_warned > 0)
    {
      /* Translators: claims with a problem, e.g. a list item not found. */
      g_autofree char *text = g_strdup_printf (ngettext ("%s, %u with a warning",
                                                         "%s, %u with warnings", n_warned),
                                               claims_text, n_warned);

      gtk_label_set_text (self->count_label, text);
    }
  else
    gtk_label_set_text (self->count_label, claims_text);
  /* The empty state says it better than "0 claims". */
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n > 0);
}

static gboolean
all_one_topic (GPtrArray *claims)
{
  for (guint i = 1; claims != NULL && i < claims->len; i++)
    {
      const DsClaim *a = g_ptr_array_index (claims, 0);
      const DsClaim *b = g_ptr_array_index (claims, i);

      if (g_strcmp0 (a->topic, b->topic) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
fill_list (DsClaimsPanel *self)
{
  _ds_widget_remove_children (GTK_WIDGET (self->list_box));

  /* An essay without headings has one group; its heading would only
   * repeat the title. */
  self->single_topic = all_one_topic (self->claims);
  for (guint i = 0; self->claims != NULL && i < self->claims->len; i++)
    gtk_list_box_append (self->list_box, create_row (self->essay, g_ptr_array_index (self->claims, i)));

  if (self->essay == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No essay open"));
      adw_status_page_set_description (self->empty_page, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else if (self->claims == NULL || self->claims->len == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No key claims found in this essay"));
      adw_status_page_set_description (self->empty_page,
                                       _("Lists, definitions and facts the essay states are shown here."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
  update_count (self);
}

/* Brings the list up to the reader's essay. */
static void
refresh (DsClaimsPanel *self)
{
  DsEssay *essay = self->reader ? ds_reader_page_get_essay (self->reader) : NULL;

  self->stale = FALSE;
  /* Set once shown: an icon in the template would be loaded at startup. */
  adw_status_page_set_icon_name (self->empty_page, "view-list-bullet-symbolic");
  if (essay != self->essay)
    {
      g_set_object (&self->essay, essay);
      g_clear_pointer (&self->claims, g_ptr_array_unref);
      /* The claims the session's cards were made of: extracted once. */
      if (essay != NULL)
        self->claims = g_ptr_array_ref (ds_session_get_claims (self->session, essay));
      fill_list (self);
    }
  mark_claims (self);
}

static void
essay_changed_cb (DsClaimsPanel *self)
{
  /* Extraction waits until the panel is shown; startup does not pay it. */
  if (panel_shown (self))
    refresh (self);
  else
    self->stale = TRUE;
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Keyboard users toggle the panel to pick a claim: the list takes the
 * focus, and gives it back to the text when the panel goes. */
static void
move_focus (DsClaimsPanel *self,
            gboolean       shown)
{
  GtkListBoxRow *row;

  if (!shown)
    {
      if (has_focus_within (GTK_WIDGET (self)) && self->reader != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (ds_reader_page_get_text_view (self->reader)));
      return;
    }

  row = gtk_list_box_get_selected_row (self->list_box);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
panel_toggled_cb (DsClaimsPanel *self)
{
  gboolean shown = panel_shown (self);

  if (shown)
    refresh (self);
  else
    mark_claims (self);
  move_focus (self, shown);
}

static gboolean
overlays_text (DsClaimsPanel *self)
{
  GtkWidget *flap = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_FLAP);

  return flap != NULL && adw_flap_get_folded (ADW_FLAP (flap));
}

void
ds_claims_panel_activate_claim (DsClaimsPanel *self,
                                guint          index)
{
  const DsClaim *claim;
  GtkListBoxRow *row;

  g_return_if_fail (DS_IS_CLAIMS_PANEL (self));

  if (self->stale)
    refresh (self);
  g_return_if_fail (self->claims != NULL && index < self->claims->len);

  claim = g_ptr_array_index (self->claims, index);
  row = gtk_list_box_get_row_at_index (self->list_box, index);
  gtk_list_box_select_row (self->list_box, row);
  /* Focus scrolls the list to the row when the call came from elsewhere. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  if (self->reader == NULL)
    return;
  ds_reader_page_highlight_span (self->reader, claim->start, claim->end);
  /* In a narrow window the panel lies over the text: step aside so that
   * the sentence can be read. */
  if (overlays_text (self))
    ds_reader_page_set_side_panel_visible (self->reader, FALSE);
}

static void
row_activated_cb (DsClaimsPanel *self,
                  GtkListBoxRow *row)
{
  ds_claims_panel_activate_claim (self, gtk_list_box_row_get_index (row));
}

/* GObject. */

static void
ds_claims_panel_constructed (GObject *object)
{
  DsClaimsPanel *self = DS_CLAIMS_PANEL (object);

  G_OBJECT_CLASS (ds_claims_panel_parent_class)->constructed (object);

  if (self->reader == NULL)
    return;

  g_signal_connect_object (self->reader, "notify::essay",
                           G_CALLBACK (essay_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ds_reader_page_get_action_group (self->reader),
                           "action-state-changed::toggle-claims",
                           G_CALLBACK (panel_toggled_cb), self, G_CONNECT_SWAPPED);
  self->stale = TRUE;
  fill_list (self);
  if (panel_shown (self))
    refresh (self);
}

static void
ds_claims_panel_dispose (GObject *object)
{
  DsClaimsPanel *self = DS_CLAIMS_PANEL (object);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_CLAIMS_PANEL);
  _ds_widget_unparent_children (GTK_WIDGET (self));
  g_clear_weak_pointer (&self->reader);

  G_OBJECT_CLASS (ds_claims_panel_parent_class)->dispose (object);
}

static void
ds_claims_panel_finalize (GObject *object)
{
  DsClaimsPanel *self = DS_CLAIMS_PANEL (object);

  g_clear_pointer (&self->claims, g_ptr_array_unref);
  g_clear_object (&self->essay);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ds_claims_panel_parent_class)->finalize (object);
}

static void
ds_claims_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DsClaimsPanel *self = DS_CLAIMS_PANEL (object);

  switch (prop_id)
    {
    case PROP_READER:
      g_value_set_object (value, self->reader);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_claims_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DsClaimsPanel *self = DS_CLAIMS_PANEL (object);

  switch (prop_id)
    {
    case PROP_READER:
      g_set_weak_pointer (&self->reader, g_value_get_object (value));
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_claims_panel_class_init (DsClaimsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ds_claims_panel_constructed;
  object_class->dispose = ds_claims_panel_dispose;
  object_class->finalize = ds_claims_panel_finalize;
  object_class->get_property = ds_claims_panel_get_property;
  object_class->set_property = ds_claims_panel_set_property;

  properties[PROP_READER] =
    g_param_spec_object ("reader", NULL, NULL, DS_TYPE_READER_PAGE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, DS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-claims-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DsClaimsPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, DsClaimsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, DsClaimsPanel, list_box);
  gtk_widget_class_bind_template_child (widget_class, DsClaimsPanel, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "claimspanel");
  /* Escape closes the panel, as it closes the find bar. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "reader.toggle-claims", NULL);
}

static void
ds_claims_panel_init (DsClaimsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
}

DsClaimsPanel *
ds_claims_panel_new (DsReaderPage *reader,
                     DsSession    *session)
{
  g_return_val_if_fail (DS_IS_READER_PAGE (reader), NULL);
  g_return_val_if_fail (DS_IS_SESSION (session), NULL);

  return g_object_new (DS_TYPE_CLAIMS_PANEL, "reader", reader, "session", session, NULL);
}

DsReaderPage *
ds_claims_panel_get_reader (DsClaimsPanel *self)
{
  g_return_val_if_fail (DS_IS_CLAIMS_PANEL (self), NULL);

  return self->reader;
}

GPtrArray *
ds_claims_panel_get_claims (DsClaimsPanel *self)
{
  g_return_val_if_fail (DS_IS_CLAIMS_PANEL (self), NULL);

  if (self->stale)
    refresh (self);
  return self->claims;
}

GtkListBox *
ds_claims_panel_get_list_box (DsClaimsPanel *self)
{
  g_return_val_if_fail (DS_IS_CLAIMS_PANEL (self), NULL);

  return self->list_box;
}
