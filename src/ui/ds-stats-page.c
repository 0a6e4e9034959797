/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsStatsPage"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-chart.h"
#include "ds-stats.h"
#include "ds-stats-page-private.h"
#include "ds-widgets-private.h"

/* Which bars of a 30-day chart carry a date label. */
#define LABEL_EVERY 7

struct _DsStatsPage
{
  DsDeckPage   parent_instance;

  gboolean     dirty;
  guint        reviews_total;
  GHashTable  *figures;   /* name → accessible text */

  /* Template children. */
  GtkFlowBox  *figures_box;
  DsChart     *due_chart;
  GtkLabel    *due_summary;
  DsChart     *reviews_chart;
  GtkLabel    *reviews_summary;
  GtkListBox  *essay_list;
  GtkListBox  *topic_list;
};

G_DEFINE_FINAL_TYPE (DsStatsPage, ds_stats_page, DS_TYPE_DECK_PAGE)

/* Figures. */

static GtkWidget *
caption_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  return label;
}

/* @note, when there is one, says why a figure is not there yet. */
static void
add_figure (DsStatsPage *self,
            const char  *name,
            const char  *value,
            const char  *caption,
            const char  *note)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *value_label = gtk_label_new (value);
  g_autofree char *accessible = NULL;

  if (note != NULL)
    /* Translators: a figure not there yet for screen readers, e.g.
     * "Retention: not yet. It shows once …". */
    accessible = g_strdup_printf (_("%s: not yet. %s"), caption, note);
  else
    /* Translators: a figure for screen readers, e.g. "Reviews today: 3". */
    accessible = g_strdup_printf (_("%s: %s"), caption, value);

  gtk_widget_add_css_class (value_label, "title-2");
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (value_label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_box_append (GTK_BOX (box), caption_label_new (caption));
  if (note != NULL)
    {
      GtkWidget *note_label = caption_label_new (note);

      gtk_widget_set_margin_start (note_label, 12);
      gtk_widget_set_margin_end (note_label, 12);
      gtk_box_append (GTK_BOX (box), note_label);
    }
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "stats-figure");
  gtk_widget_set_name (box, name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (value_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_flow_box_append (self->figures_box, box);
  g_hash_table_replace (self->figures, g_strdup (name), g_steal_pointer (&accessible));
}

static void
fill_figures (DsStatsPage *self,
              DsStats     *stats)
{
  g_autofree char *due_today = g_strdup_printf ("%u", ds_stats_get_due_today (stats));
  g_autofree char *due_week = g_strdup_printf ("%u", ds_stats_get_due_this_week (stats));
  g_autofree char *reviews = g_strdup_printf ("%u", ds_stats_get_reviews_on_day (stats, 0));
  g_autofree char *retention = NULL;
  g_autofree char *streak = NULL;
  g_autofree char *cards = NULL;
  const char *retention_note = NULL;
  double share;
  guint n_reviews, days = ds_stats_get_streak (stats);
  guint n_cards = ds_stats_get_n_cards (stats);

  if (ds_stats_get_retention (stats, &share, &n_reviews))
    /* Translators: the share of reviews passed, e.g. "87%". */
    retention = g_strdup_printf (_("%d%%"), (int) (share * 100 + 0.5));
  else
    {
      /* Translators: no retention yet: no card was reviewed after learning. */
      retention = g_strdup (_("—"));
      retention_note = _("It shows once you review cards you learned on an earlier day.");
    }
  streak = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", days), days);
  /* Translators: cards studied at least once, of all cards, e.g. "12 of 80". */
  cards = g_strdup_printf (_("%u of %u"), n_cards - ds_stats_get_n_new (stats), n_cards);

  _ds_widget_remove_children (GTK_WIDGET (self->figures_box));
  g_hash_table_remove_all (self->figures);
  add_figure (self, "due-today", due_today, _("Due today"), NULL);
  add_figure (self, "due-week", due_week, _("Due this week"), NULL);
  add_figure (self, "reviews-today", reviews, _("Reviews today"), NULL);
  add_figure (self, "retention", retention, _("Retention"), retention_note);
  add_figure (self, "streak", streak, _("Streak"), NULL);
  add_figure (self, "cards", cards, _("Cards studied"), NULL);
}

/* Charts. */

char *
_ds_stats_page_day_label (GDateTime *day)
{
  /* Translators: a g_date_time_format() format for a chart's day label;
   * "%-e" is the day without padding (GLib pads "%e" with a figure space,
   * which reads as a double space in a sentence). */
  return g_date_time_format (day, _("%-e %b"));
}

static void
fill_due_chart (DsStatsPage *self,
                DsStats     *stats,
                GDateTime   *now)
{
  guint values[DS_STATS_DAYS];
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;
  guint total = 0, busiest = 0;

  for (guint i = 0; i < DS_STATS_DAYS; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, i);

      values[i] = ds_stats_get_due_on_day (stats, i);
      total += values[i];
      if (values[i] > values[busiest])
        busiest = i;
      g_ptr_array_add (labels, i == 0 ? g_strdup (_("Today"))
                               : i % LABEL_EVERY == 0 ? _ds_stats_page_day_label (day) : NULL);
    }
  g_ptr_array_add (labels, NULL);

  if (total == 0)
    summary = g_strdup (_("Nothing is due in the next 30 days."));
  else
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, busiest);
      g_autofree char *date = _ds_stats_page_day_label (day);
      g_autofree char *first = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u card is due in the next 30 days, %u of them today.",
                                                             "%u cards are due in the next 30 days, %u of them today.",
                                                             total), total, values[0]);
      /* Translators: the busiest day of the due chart, e.g. "Most on 3 Dec: 12." */
      g_autofree char *second = g_strdup_printf (_("Most on %s: %u."), date, values[busiest]);

      summary = g_strdup_printf ("%s %s", first, second);
    }
  ds_chart_set_title (self->due_chart, _("Cards due in the next 30 days"));
  ds_chart_set_data (self->due_chart, values, DS_STATS_DAYS,
                     (const char * const *) labels->pdata, 0);
  ds_chart_set_summary (self->due_chart, summary);
  gtk_label_set_text (self->due_summary, summary);
}

static void
fill_reviews_chart (DsStatsPage *self,
                    DsStats     *stats,
                    GDateTime   *now)
{
  guint values[DS_STATS_DAYS];
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;
  guint total = 0, active = 0;

  /* Oldest day on the left, today on the right. */
  for (guint i = 0; i < DS_STATS_DAYS; i++)
    {
      guint days_ago = DS_STATS_DAYS - 1 - i;
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -(int) days_ago);

      values[i] = ds_stats_get_reviews_on_day (stats, days_ago);
      total += values[i];
      active += values[i] > 0;
      g_ptr_array_add (labels, days_ago == 0 ? g_strdup (_("Today"))
                               : days_ago % LABEL_EVERY == 0 ? _ds_stats_page_day_label (day) : NULL);
    }
  g_ptr_array_add (labels, NULL);

  self->reviews_total = total;
  if (total == 0)
    summary = g_strdup (_("No reviews in the last 30 days."));
  else
    {
      g_autofree char *first = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u review in the last 30 days",
                                                             "%u reviews in the last 30 days",
                                                             total), total);
      g_autofree char *second = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "on %u day, %u today.",
                                                              "on %u days, %u today.",
                                                              active), active, values[DS_STATS_DAYS - 1]);

      /* Translators: "12 reviews in the last 30 days" + "on 4 days, 3 today." */
      summary = g_strdup_printf (_("%s, %s"), first, second);
    }
  ds_chart_set_title (self->reviews_chart, _("Reviews per day over the last 30 days"));
  ds_chart_set_data (self->reviews_chart, values, DS_STATS_DAYS,
                     (const char * const *) labels->pdata, DS_STATS_DAYS - 1);
  ds_chart_set_summary (self->reviews_chart, summary);
  gtk_label_set_text (self->reviews_summary, summary);
}

/* Mastery. */

static GtkWidget *
mastery_row (const char         *title,
             const char         *subtitle,
             const DsStatsGroup *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  int percent = (int) (group->mastery * 100 + 0.5);
  /* Translators: mastery as a percentage, e.g. "42%". */
  g_autofree char *text = g_strdup_printf (_("%d%%"), percent);
  GtkWidget *label = gtk_label_new (text);
  g_autofree char *known = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u of %u card studied",
                                                         "%u of %u cards studied",
                                                         group->n_cards),
                                            group->n_known, group->n_cards);
  g_autofree char *sub = subtitle ? g_strdup_printf ("%s · %s", subtitle, known) : g_strdup (known);
  /* Translators: a mastery row for screen readers: title, percentage, cards. */
  g_autofree char *accessible = g_strdup_printf (_("%s: %d%% mastered, %s"), title, percent, known);

  /* Titles come from essays: text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (group->mastery, 0, 1));
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_label_set_width_chars (GTK_LABEL (label), 4);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  _ds_widget_set_accessible_label (row, accessible);
  return row;
}

static void
placeholder (GtkListBox *list,
             const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

static guint
count_essay_topics (const DsStatsGroup *groups,
                    guint               n,
                    const char         *essay_id)
{
  guint count = 0;

  for (guint i = 0; i < n; i++)
    count += g_strcmp0 (groups[i].essay_id, essay_id) == 0;
  return count;
}

static void
fill_mastery (DsStatsPage *self,
              DsStats     *stats)
{
  const DsStatsGroup *groups;
  guint n;

  _ds_widget_remove_children (GTK_WIDGET (self->essay_list));
  _ds_widget_remove_children (GTK_WIDGET (self->topic_list));

  groups = ds_stats_get_essays (stats, &n);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->essay_list,
                         mastery_row (ds_session_get_essay_title (ds_deck_page_get_session (DS_DECK_PAGE (self)), groups[i].essay_id), NULL, &groups[i]));

  groups = ds_stats_get_topics (stats, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *title = ds_session_get_essay_title (ds_deck_page_get_session (DS_DECK_PAGE (self)), groups[i].essay_id);
      const char *topic = groups[i].topic ? groups[i].topic : "";

      /* An essay without headings (or with one) is its one topic: it is in
       * the list by essay already. */
      if (count_essay_topics (groups, n, groups[i].essay_id) < 2)
        continue;
      /* The essay under its topic, unless the topic is the essay's title. */
      gtk_list_box_append (self->topic_list,
                           mastery_row (topic, g_strcmp0 (topic, title) != 0 ? title : NULL,
                                        &groups[i]));
    }
}

void
ds_stats_page_refresh (DsStatsPage *self)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(DsStats) stats = NULL;
  DsProgress *progress;

  g_return_if_fail (DS_IS_STATS_PAGE (self));

  progress = ds_deck_get_progress (ds_deck_page_get_deck (DS_DECK_PAGE (self)));
  cards = ds_deck_dup_cards (ds_deck_page_get_deck (DS_DECK_PAGE (self)),
                             ds_deck_page_get_scope (DS_DECK_PAGE (self)));
  now = g_date_time_new_now (ds_progress_get_time_zone (progress));
  stats = ds_stats_new (progress, cards, now);

  fill_figures (self, stats);
  fill_due_chart (self, stats, now);
  fill_reviews_chart (self, stats, now);
  fill_mastery (self, stats);
  self->dirty = FALSE;
}

static void
progress_changed_cb (DsStatsPage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ds_stats_page_refresh (self);
}

static void
ds_stats_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ds_stats_page_parent_class)->map (widget);

  /* Always: "today" moves on while the app stays open. */
  ds_stats_page_refresh (DS_STATS_PAGE (widget));
}

/* GObject. */

static void
ds_stats_page_constructed (GObject *object)
{
  DsStatsPage *self = DS_STATS_PAGE (object);
  DsDeck *deck = ds_deck_page_get_deck (DS_DECK_PAGE (self));

  G_OBJECT_CLASS (ds_stats_page_parent_class)->constructed (object);

  g_signal_connect_object (ds_deck_get_progress (deck), "changed",
                           G_CALLBACK (progress_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ds_deck_get_cards (deck), "items-changed",
                           G_CALLBACK (progress_changed_cb), self, G_CONNECT_SWAPPED);
  /* The sidebar chose an essay: its figures alone. */
  g_signal_connect (self, "notify::scope", G_CALLBACK (progress_changed_cb), NULL);
  placeholder (self->essay_list, _("No cards yet."));
  placeholder (self->topic_list, _("No topics yet."));
  /* Figures are computed when the page is shown (see map). */
  self->dirty = TRUE;
}

static void
ds_stats_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DS_TYPE_STATS_PAGE);
  /* The template's top widget has no id, so it is unparented here. */
  _ds_widget_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (ds_stats_page_parent_class)->dispose (object);
}

static void
ds_stats_page_finalize (GObject *object)
{
  DsStatsPage *self = DS_STATS_PAGE (object);

  g_clear_pointer (&self->figures, g_hash_table_unref);

  G_OBJECT_CLASS (ds_stats_page_parent_class)->finalize (object);
}

static void
ds_stats_page_class_init (DsStatsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ds_stats_page_constructed;
  object_class->dispose = ds_stats_page_dispose;
  object_class->finalize = ds_stats_page_finalize;
  widget_class->map = ds_stats_page_map;

  g_type_ensure (DS_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/DiploStudy/ui/ds-stats-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DsStatsPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, DsStatsPage, due_chart);
  gtk_widget_class_bind_template_child (widget_class, DsStatsPage, due_summary);
  gtk_widget_class_bind_template_child (widget_class, DsStatsPage, reviews_chart);
  gtk_widget_class_bind_template_child (widget_class, DsStatsPage, reviews_summary);
  gtk_widget_class_bind_template_child (widget_class, DsStatsPage, essay_list);
  gtk_widget_class_bind_template_child (widget_class, DsStatsPage, topic_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statspage");
}

static void
ds_stats_page_init (DsStatsPage *self)
{
  self->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

DsStatsPage *
ds_stats_page_new (DsSession *session)
{
  g_return_val_if_fail (DS_IS_SESSION (session), NULL);

  return g_object_new (DS_TYPE_STATS_PAGE, "session", session, NULL);
}

const char *
ds_stats_page_get_due_summary (DsStatsPage *self)
{
  g_return_val_if_fail (DS_IS_STATS_PAGE (self), NULL);

  return ds_chart_get_summary (self->due_chart);
}

const char *
ds_stats_page_get_reviews_summary (DsStatsPage *self)
{
  g_return_val_if_fail (DS_IS_STATS_PAGE (self), NULL);

  return ds_chart_get_summary (self->reviews_chart);
}

guint
ds_stats_page_get_reviews_total (DsStatsPage *self)
{
  g_return_val_if_fail (DS_IS_STATS_PAGE (self), 0);

  return self->reviews_total;
}

const char *
ds_stats_page_get_figure (DsStatsPage *self,
                          const char  *name)
{
  g_return_val_if_fail (DS_IS_STATS_PAGE (self), NULL);

  return g_hash_table_lookup (self->figures, name);
}
