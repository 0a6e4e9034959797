/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "DsPresentationKeys"

#include "config.h"

#include "ds-presentation-keys.h"
#include "ds-presentation-window.h"
#include "ds-presenter-window.h"

struct _DsPresentationKeys
{
  AdwBin    parent_instance;

  gboolean  presenter;
};

G_DEFINE_FINAL_TYPE (DsPresentationKeys, ds_presentation_keys, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PRESENTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Whether a number is being typed on the run this view shows. */
static gboolean
number_typed (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  DsPresentationWindow *audience = NULL;

  if (DS_IS_PRESENTATION_WINDOW (root))
    audience = DS_PRESENTATION_WINDOW (root);
  else if (DS_IS_PRESENTER_WINDOW (root))
    audience = ds_presenter_window_get_audience (DS_PRESENTER_WINDOW (root));
  return audience != NULL &&
         *ds_quiz_run_get_digits (ds_presentation_window_get_run (audience)) != '\0';
}

/* A–D: count a hand on the presenter view, take one back with Shift; on
 * the audience view Shift counts and plain B blanks, as clickers send B.
 * On both, a number and then a letter sets that option's count ("12 B"),
 * so that B never has to be pressed alone to count. */
static gboolean
letter_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  DsPresentationKeys *self = DS_PRESENTATION_KEYS (widget);
  guint option;
  gboolean shift;

  g_variant_get (args, "(ub)", &option, &shift);
  if (number_typed (widget))
    return gtk_widget_activate_action (widget, "present.hands", "u", option);
  if (self->presenter)
    return gtk_widget_activate_action (widget, shift ? "present.uncount" : "present.count",
                                       "u", option);
  if (shift)
    return gtk_widget_activate_action (widget, "present.count", "u", option);
  return option == 1 && gtk_widget_activate_action (widget, "present.black", NULL);
}

static void
ds_presentation_keys_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ds_presentation_keys_parent_class)->map (widget);

  /* The clicker's keys come here from the first slide on. */
  gtk_widget_grab_focus (widget);
}

static void
ds_presentation_keys_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ds_presentation_keys_parent_class)->root (widget);

  /* Before the window shows, too: a window knows its focus before it is
   * mapped. */
  gtk_widget_grab_focus (widget);
}

static void
ds_presentation_keys_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DsPresentationKeys *self = DS_PRESENTATION_KEYS (object);

  switch (prop_id)
    {
    case PROP_PRESENTER:
      g_value_set_boolean (value, self->presenter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_presentation_keys_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DsPresentationKeys *self = DS_PRESENTATION_KEYS (object);

  switch (prop_id)
    {
    case PROP_PRESENTER:
      self->presenter = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* @keyval alone and with Shift: a clicker's key means the same either way,
 * as it did before Shift had a meaning of its own on A–D. */
static void
bind (GtkWidgetClass *widget_class,
      guint           keyval,
      const char     *action,
      const char     *format,
      guint           value)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, action, format, value);
  gtk_widget_class_add_binding_action (widget_class, keyval, GDK_SHIFT_MASK, action, format, value);
}

static void
bind_all (GtkWidgetClass *widget_class,
          const guint    *keyvals,
          gsize           n_keyvals,
          const char     *action)
{
  for (gsize i = 0; i < n_keyvals; i++)
    bind (widget_class, keyvals[i], action, NULL, 0);
}

static void
add_moves (GtkWidgetClass *widget_class)
{
  static const guint next[] = {
    GDK_KEY_space, GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_Page_Down,
    GDK_KEY_KP_Right, GDK_KEY_KP_Down, GDK_KEY_KP_Page_Down, GDK_KEY_KP_Space,
  };
  static const guint back[] = {
    GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_Page_Up, GDK_KEY_BackSpace,
    GDK_KEY_KP_Left, GDK_KEY_KP_Up, GDK_KEY_KP_Page_Up,
  };
  static const guint enter[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };
  static const guint first[] = { GDK_KEY_Home, GDK_KEY_KP_Home };
  static const guint last[] = { GDK_KEY_End, GDK_KEY_KP_End };

  bind_all (widget_class, next, G_N_ELEMENTS (next), "present.next");
  bind_all (widget_class, back, G_N_ELEMENTS (back), "present.back");
  bind_all (widget_class, enter, G_N_ELEMENTS (enter), "present.enter");
  bind_all (widget_class, first, G_N_ELEMENTS (first), "present.first");
  bind_all (widget_class, last, G_N_ELEMENTS (last), "present.last");
  for (guint digit = 0; digit <= 9; digit++)
    {
      bind (widget_class, GDK_KEY_0 + digit, "present.digit", "u", digit);
      bind (widget_class, GDK_KEY_KP_0 + digit, "present.digit", "u", digit);
    }
}

static void
add_screen_keys (GtkWidgetClass *widget_class)
{
  static const guint black[] = { GDK_KEY_period, GDK_KEY_KP_Decimal };
  static const guint white[] = { GDK_KEY_w, GDK_KEY_comma };

  bind_all (widget_class, black, G_N_ELEMENTS (black), "present.black");
  bind_all (widget_class, white, G_N_ELEMENTS (white), "present.white");
  bind (widget_class, GDK_KEY_t, "present.timer", NULL, 0);
  bind (widget_class, GDK_KEY_h, "present.tally-corner", NULL, 0);
  bind (widget_class, GDK_KEY_Escape, "present.leave", NULL, 0);
  /* Class live: L starts it, then shows or hides the join screen. */
  bind (widget_class, GDK_KEY_l, "present.live", NULL, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "present.live-export", NULL);
  for (guint option = 0; option < 4; option++)
    {
      gtk_widget_class_add_binding (widget_class, GDK_KEY_a + option, 0,
                                    letter_cb, "(ub)", option, FALSE);
      gtk_widget_class_add_binding (widget_class, GDK_KEY_a + option, GDK_SHIFT_MASK,
                                    letter_cb, "(ub)", option, TRUE);
    }
}

static void
ds_presentation_keys_class_init (DsPresentationKeysClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ds_presentation_keys_get_property;
  object_class->set_property = ds_presentation_keys_set_property;
  widget_class->map = ds_presentation_keys_map;
  widget_class->root = ds_presentation_keys_root;

  properties[PROP_PRESENTER] =
    g_param_spec_boolean ("presenter", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  add_moves (widget_class);
  add_screen_keys (widget_class);
}

/* The class's bindings run in the capture phase, before the focused
 * widget's: GtkWindow binds Space, Enter and the arrows for itself. */
static void
capture_class_bindings (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller))
        gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
    }
}

static void
ds_presentation_keys_init (DsPresentationKeys *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  capture_class_bindings (GTK_WIDGET (self));
}

gboolean
ds_presentation_keys_get_presenter (DsPresentationKeys *self)
{
  g_return_val_if_fail (DS_IS_PRESENTATION_KEYS (self), FALSE);

  return self->presenter;
}
