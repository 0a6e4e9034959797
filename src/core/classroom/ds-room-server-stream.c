/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-room-server-private.h"

/*
 * A byte budget under each WebSocket connection. libsoup refuses a frame
 * larger than the connection's limit, but gathers the frames of a
 * fragmented message without any: a client sending small fragments that
 * never end the message would fill the laptop's memory. Everything read
 * from the socket is counted here; the server resets the count whenever a
 * whole message (or a pong) arrives, and a read that passes the budget
 * fails, which makes libsoup drop the connection.
 */

struct _DsBudgetInputStream
{
  GFilterInputStream parent_instance;

  gsize budget;
  gsize used;
};

static void pollable_iface_init (GPollableInputStreamInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DsBudgetInputStream, _ds_budget_input_stream,
                               G_TYPE_FILTER_INPUT_STREAM,
                               G_IMPLEMENT_INTERFACE (G_TYPE_POLLABLE_INPUT_STREAM,
                                                      pollable_iface_init))

static GInputStream *
base_of (gpointer stream)
{
  return g_filter_input_stream_get_base_stream (G_FILTER_INPUT_STREAM (stream));
}

static gssize
count (DsBudgetInputStream  *self,
       gssize                n,
       GError              **error)
{
  if (n <= 0)
    return n;
  self->used += (gsize) n;
  if (self->used <= self->budget)
    return n;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       "The client sent too much without ending a message");
  return -1;
}

static gssize
budget_read (GInputStream  *stream,
             void          *buffer,
             gsize          size,
             GCancellable  *cancellable,
             GError       **error)
{
  gssize n = g_input_stream_read (base_of (stream), buffer, size, cancellable, error);

  return count ((DsBudgetInputStream *) stream, n, error);
}

static gboolean
budget_can_poll (GPollableInputStream *stream)
{
  GInputStream *base = base_of (stream);

  return G_IS_POLLABLE_INPUT_STREAM (base) &&
         g_pollable_input_stream_can_poll (G_POLLABLE_INPUT_STREAM (base));
}

static gboolean
budget_is_readable (GPollableInputStream *stream)
{
  return g_pollable_input_stream_is_readable (G_POLLABLE_INPUT_STREAM (base_of (stream)));
}

static GSource *
budget_create_source (GPollableInputStream *stream,
                      GCancellable         *cancellable)
{
  GPollableInputStream *base = G_POLLABLE_INPUT_STREAM (base_of (stream));
  g_autoptr(GSource) base_source = g_pollable_input_stream_create_source (base, NULL);

  return g_pollable_source_new_full (stream, base_source, cancellable);
}

static gssize
budget_read_nonblocking (GPollableInputStream  *stream,
                         void                  *buffer,
                         gsize                  size,
                         GError               **error)
{
  GPollableInputStream *base = G_POLLABLE_INPUT_STREAM (base_of (stream));
  gssize n = g_pollable_input_stream_read_nonblocking (base, buffer, size, NULL, error);

  return count ((DsBudgetInputStream *) stream, n, error);
}

static void
pollable_iface_init (GPollableInputStreamInterface *iface)
{
  iface->can_poll = budget_can_poll;
  iface->is_readable = budget_is_readable;
  iface->create_source = budget_create_source;
  iface->read_nonblocking = budget_read_nonblocking;
}

static void
_ds_budget_input_stream_class_init (DsBudgetInputStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = budget_read;
}

static void
_ds_budget_input_stream_init (DsBudgetInputStream *self)
{
}

void
_ds_budget_input_stream_reset (DsBudgetInputStream *self)
{
  self->used = 0;
}

/* The stream pair handed to libsoup: reads through the budget, writes
 * straight to the socket, and closing closes the socket. */

struct _DsBudgetIOStream
{
  GIOStream            parent_instance;

  GIOStream           *base;
  DsBudgetInputStream *input;
};

G_DEFINE_FINAL_TYPE (DsBudgetIOStream, _ds_budget_io_stream, G_TYPE_IO_STREAM)

static GInputStream *
budget_io_get_input_stream (GIOStream *stream)
{
  return G_INPUT_STREAM (((DsBudgetIOStream *) stream)->input);
}

static GOutputStream *
budget_io_get_output_stream (GIOStream *stream)
{
  return g_io_stream_get_output_stream (((DsBudgetIOStream *) stream)->base);
}

static gboolean
budget_io_close (GIOStream     *stream,
                 GCancellable  *cancellable,
                 GError       **error)
{
  return g_io_stream_close (((DsBudgetIOStream *) stream)->base, cancellable, error);
}

static void
budget_io_finalize (GObject *object)
{
  DsBudgetIOStream *self = (DsBudgetIOStream *) object;

  g_clear_object (&self->input);
  g_clear_object (&self->base);
  G_OBJECT_CLASS (_ds_budget_io_stream_parent_class)->finalize (object);
}

static void
_ds_budget_io_stream_class_init (DsBudgetIOStreamClass *klass)
{
  GIOStreamClass *stream_class = G_IO_STREAM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = budget_io_finalize;
  stream_class->get_input_stream = budget_io_get_input_stream;
  stream_class->get_output_stream = budget_io_get_output_stream;
  stream_class->close_fn = budget_io_close;
}

static void
_ds_budget_io_stream_init (DsBudgetIOStream *self)
{
}

DsBudgetIOStream *
_ds_budget_io_stream_new (GIOStream *base,
                          gsize      budget)
{
  DsBudgetIOStream *self = g_object_new (_DS_TYPE_BUDGET_IO_STREAM, NULL);

  self->base = g_object_ref (base);
  self->input = g_object_new (_DS_TYPE_BUDGET_INPUT_STREAM,
                              "base-stream", g_io_stream_get_input_stream (base),
                              "close-base-stream", FALSE,
                              NULL);
  self->input->budget = budget;
  return self;
}

DsBudgetInputStream *
_ds_budget_io_stream_get_budget (DsBudgetIOStream *self)
{
  return self->input;
}
