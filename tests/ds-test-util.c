/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ds-test-util.h"

/**
 * ds_test_init:
 * @argc: the program's
 * @argv: the program's
 *
 * GTest, GTK and libadwaita for a UI test.
 */
void
ds_test_init (int    *argc,
              char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * ds_test_wait_for:
 * @cond: checked before every main loop iteration
 * @data: passed to @cond
 * @ms: the deadline
 *
 * Iterates the default main context until @cond holds or the deadline
 * has passed: @ms milliseconds times DS_TEST_PATIENCE. @ms is what the
 * wait may take on an idle machine; the deadline only ends a wait that
 * would never end, and a busy one (the sanitizer build, both cores
 * taken) can be ten times slower. A wait that works never waits for it.
 *
 * Returns: whether @cond holds at the end
 */
gboolean
ds_test_wait_for (DsTestCondition cond,
                  gpointer        data,
                  guint           ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (ms * DS_TEST_PATIENCE, timeout_cb, &timed_out);

  while (!cond (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return cond (data);
}

typedef struct {
  GdkFrameClock *clock;
  gint64         frame;
} FrameWait;

static gboolean
frames_passed (gpointer data)
{
  FrameWait *wait = data;

  return gdk_frame_clock_get_frame_counter (wait->clock) >= wait->frame;
}

/**
 * ds_test_wait_frames:
 * @widget: a realized widget
 * @n_frames: how many
 *
 * Waits until @widget's window has drawn @n_frames more frames (5 s at
 * most): by then what changed has been laid out and drawn, as a person
 * would see it.
 *
 * Returns: whether the frames passed
 */
gboolean
ds_test_wait_frames (GtkWidget *widget,
                     guint      n_frames)
{
  FrameWait wait = { gtk_widget_get_frame_clock (widget), 0 };

  g_return_val_if_fail (wait.clock != NULL, FALSE);

  wait.frame = gdk_frame_clock_get_frame_counter (wait.clock) + n_frames;
  /* A frame only comes when something asks for one. */
  gtk_widget_queue_draw (widget);
  return ds_test_wait_for (frames_passed, &wait, 5000);
}

/**
 * ds_test_drain:
 *
 * Runs what the main loop has pending now (idles dropping their
 * references to a window that went, a last redraw), without waiting for
 * anything to come.
 */
void
ds_test_drain (void)
{
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

/**
 * ds_test_widget_shown:
 * @widget: (type GtkWidget): the widget
 *
 * A #DsTestCondition: mapped turns true before layout, so a widget counts
 * as shown once it also has a width.
 *
 * Returns: whether @widget is mapped and laid out
 */
gboolean
ds_test_widget_shown (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/**
 * ds_test_buffer_text:
 * @buffer: a text buffer
 * @start: the first character
 * @end: the character after the last
 *
 * Returns: (transfer full): the text of [@start, @end) in @buffer,
 *   hidden text included
 */
char *
ds_test_buffer_text (GtkTextBuffer *buffer,
                     guint          start,
                     guint          end)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  return gtk_text_buffer_get_text (buffer, &a, &b, TRUE);
}

/**
 * ds_test_action_enabled:
 * @widget: where the action is looked up from
 * @action: "prefix.name"
 *
 * Whether @action can be activated from @widget, as a button or a menu
 * item bound to it sees it: GTK has no getter for the enabled state of a
 * widget's class actions, so a button is put in @widget for the question.
 *
 * Returns: whether @action exists there and is enabled
 */
gboolean
ds_test_action_enabled (GtkWidget  *widget,
                        const char *action)
{
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_parent (button, widget);
  enabled = gtk_widget_get_sensitive (button);
  gtk_widget_unparent (button);
  return enabled;
}

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval,
                 GdkModifierType     state)
{
  GdkModifierType mask = gtk_accelerator_get_default_mod_mask ();

  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == gdk_keyval_to_lower (keyval) &&
         (gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) & mask) == (state & mask);
}

/* Runs the first of @widget's shortcuts (its class's key bindings, its
 * shortcut controllers) that @keyval with @state triggers. */
static gboolean
activate_shortcut (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  state,
                   gboolean         capture)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (capture != (gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE))
        continue;
      for (guint j = 0; GTK_IS_SHORTCUT_CONTROLLER (controller) &&
                        j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, state) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

/**
 * ds_test_press_key:
 * @window: the window the key goes to
 * @keyval: the key
 * @state: its modifiers
 *
 * What pressing a key does to @window's key bindings, as GTK does with a
 * key event: first the capture-phase shortcuts from the window down to
 * the widget with the keyboard focus, then the others from that widget up.
 * (GTK 4 builds no key events for tests.)
 *
 * Returns: whether a shortcut took the key
 */
gboolean
ds_test_press_key (GtkWindow       *window,
                   guint            keyval,
                   GdkModifierType  state)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  for (GtkWidget *w = focus ? focus : GTK_WIDGET (window); w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (path, w);
  for (guint i = path->len; i > 0; i--)
    if (activate_shortcut (path->pdata[i - 1], keyval, state, TRUE))
      return TRUE;
  for (guint i = 0; i < path->len; i++)
    if (activate_shortcut (path->pdata[i], keyval, state, FALSE))
      return TRUE;
  return FALSE;
}

/* Whether @drop_down offers @text, whole, among its options. */
static gboolean
drop_down_offers (GtkDropDown *drop_down,
                  const char  *text)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (GTK_IS_STRING_OBJECT (item) &&
          g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), text) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_text (GtkWidget  *widget,
          const char *text)
{
  const char *own = GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget))
                  : GTK_IS_CHECK_BUTTON (widget) ? gtk_check_button_get_label (GTK_CHECK_BUTTON (widget))
                  : GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget))
                  : NULL;

  if (GTK_IS_DROP_DOWN (widget))
    return drop_down_offers (GTK_DROP_DOWN (widget), text);
  return own != NULL && strstr (own, text) != NULL;
}

/**
 * ds_test_find_widget:
 * @root: where to look, itself included
 * @type: a widget type
 * @text: (nullable): for a label, a check button or a button, a part of
 *   its text ("_Export", mnemonic and all); for a drop-down, one of its
 *   options, whole
 *
 * The first widget of @type under @root, depth first, whose text (when
 * @text is given) holds @text.
 *
 * Returns: (transfer none) (nullable): the widget
 */
GtkWidget *
ds_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *text)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (text == NULL || has_text (root, text)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ds_test_find_widget (child, type, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * ds_test_is_showing:
 * @widget: a widget
 *
 * Whether @widget and everything above it is visible and not made
 * transparent (a part kept in place but not shown yet).
 *
 * Returns: whether a person would see it
 */
gboolean
ds_test_is_showing (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w) || gtk_widget_get_opacity (w) == 0)
      return FALSE;
  return TRUE;
}

/**
 * ds_test_save_png:
 * @widget: a widget that has been drawn
 * @path: where to write
 *
 * Renders @widget as it is now, with its window's renderer, into a PNG
 * file: screenshots that need no window manager and no screen grab.
 */
void
ds_test_save_png (GtkWidget  *widget,
                  const char *path)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/**
 * ds_test_find_toplevel:
 * @type: a window type
 *
 * Returns: (transfer none) (nullable): the first shown toplevel of @type
 */
GtkWindow *
ds_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/**
 * ds_test_file_exists:
 * @path: a file name
 *
 * A #DsTestCondition: whether a file is at @path.
 */
gboolean
ds_test_file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/**
 * ds_test_has_toplevel:
 * @type: a window type, as GSIZE_TO_POINTER()
 *
 * A #DsTestCondition: whether a toplevel of @type is shown.
 */
gboolean
ds_test_has_toplevel (gpointer type)
{
  return ds_test_find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

/**
 * ds_test_pointer_cleared:
 * @pointer: the address of a weak pointer
 *
 * A #DsTestCondition: whether the object the weak pointer watched is
 * gone (a window closed and finalized).
 */
gboolean
ds_test_pointer_cleared (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}
