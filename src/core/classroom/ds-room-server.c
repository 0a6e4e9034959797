/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <arpa/inet.h>
#include <glib/gi18n-lib.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <string.h>

#include "ds-live-resources.h"
#include "ds-room-protocol.h"
#include "ds-room-server-private.h"

/*
 * Listening, and HTTP: the student's page is three files served from the
 * GResource by an exact list of paths, so there is nothing else to reach
 * (no directory, no file system, no path to resolve). Every response
 * carries a strict Content-Security-Policy: the page may load only its own
 * script and style and talk only to this server's WebSocket.
 *
 * The WebSocket side is in ds-room-server-live.c.
 */

#define PAGE_RESOURCE "/org/example/DiploStudy/live/"
/* Bytes a connection may send without ending a message (libsoup itself
 * refuses a single frame over DS_ROOM_MESSAGE_MAX_BYTES). */
#define WEBSOCKET_BUDGET (4 * DS_ROOM_MESSAGE_MAX_BYTES)
#define LISTEN_BACKLOG  (2 * DS_ROOM_MAX_STUDENTS)
#define RATE_BURST      20
#define RATE_PER_SECOND 5

typedef struct {
  const char *path;
  const char *file;
  const char *content_type;
} PageFile;

static const PageFile page_files[] = {
  { "/", "index.html", "text/html; charset=utf-8" },
  { "/app.js", "app.js", "text/javascript; charset=utf-8" },
  { "/style.css", "style.css", "text/css; charset=utf-8" },
};

G_DEFINE_FINAL_TYPE (DsRoomServer, ds_room_server, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROOM,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject */

static void
ds_room_server_dispose (GObject *object)
{
  DsRoomServer *self = DS_ROOM_SERVER (object);

  ds_room_server_stop (self);
  g_clear_signal_handler (&self->state_handler, self->room);
  g_clear_object (&self->room);

  G_OBJECT_CLASS (ds_room_server_parent_class)->dispose (object);
}

static void
ds_room_server_finalize (GObject *object)
{
  DsRoomServer *self = DS_ROOM_SERVER (object);

  g_clear_pointer (&self->clients, g_hash_table_unref);
  g_clear_pointer (&self->by_seat, g_hash_table_unref);

  G_OBJECT_CLASS (ds_room_server_parent_class)->finalize (object);
}

static void
ds_room_server_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsRoomServer *self = DS_ROOM_SERVER (object);

  switch (prop_id)
    {
    case PROP_ROOM:
      g_value_set_object (value, self->room);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->server != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
room_state_cb (DsRoom       *room,
               GParamSpec   *pspec,
               DsRoomServer *self)
{
  _ds_room_server_state_changed (self);
}

static void
ds_room_server_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DsRoomServer *self = DS_ROOM_SERVER (object);

  switch (prop_id)
    {
    case PROP_ROOM:
      self->room = g_value_dup_object (value);
      self->state_handler = g_signal_connect (self->room, "notify::state",
                                              G_CALLBACK (room_state_cb), self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_room_server_class_init (DsRoomServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ds_room_server_dispose;
  object_class->finalize = ds_room_server_finalize;
  object_class->get_property = ds_room_server_get_property;
  object_class->set_property = ds_room_server_set_property;

  properties[PROP_ROOM] =
    g_param_spec_object ("room", NULL, NULL, DS_TYPE_ROOM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_room_server_init (DsRoomServer *self)
{
  self->clients = g_hash_table_new (NULL, NULL);
  self->by_seat = g_hash_table_new (NULL, NULL);
  self->burst = RATE_BURST;
  self->per_second = RATE_PER_SECOND;
}

DsRoomServer *
ds_room_server_new (DsRoom *room)
{
  g_return_val_if_fail (DS_IS_ROOM (room), NULL);
  return g_object_new (DS_TYPE_ROOM_SERVER, "room", room, NULL);
}

DsRoom *
ds_room_server_get_room (DsRoomServer *self)
{
  g_return_val_if_fail (DS_IS_ROOM_SERVER (self), NULL);
  return self->room;
}

void
ds_room_server_set_rate_limit (DsRoomServer *self,
                               guint         burst,
                               guint         per_second)
{
  g_return_if_fail (DS_IS_ROOM_SERVER (self));
  self->burst = MAX (burst, 1);
  self->per_second = per_second;
}

/* HTTP */

static void
add_security_headers (DsRoomServer      *self,
                      SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (headers, "Content-Security-Policy", self->csp);
  soup_message_headers_replace (headers, "X-Content-Type-Options", "nosniff");
  soup_message_headers_replace (headers, "X-Frame-Options", "DENY");
  soup_message_headers_replace (headers, "Referrer-Policy", "no-referrer");
  soup_message_headers_replace (headers, "Cache-Control", "no-store");
}

static const PageFile *
lookup_page_file (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_files); i++)
    if (strcmp (path, page_files[i].path) == 0)
      return &page_files[i];
  return NULL;
}

static void
respond_status (DsRoomServer      *self,
                SoupServerMessage *msg,
                guint              status)
{
  add_security_headers (self, msg);
  soup_server_message_set_status (msg, status, NULL);
  if (status == SOUP_STATUS_METHOD_NOT_ALLOWED)
    soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                  "Allow", "GET, HEAD");
  soup_server_message_set_response (msg, "text/plain; charset=utf-8", SOUP_MEMORY_STATIC,
                                    soup_status_get_phrase (status),
                                    strlen (soup_status_get_phrase (status)));
}

static void
respond_file (DsRoomServer      *self,
              SoupServerMessage *msg,
              const PageFile    *file)
{
  g_autofree char *resource = g_strconcat (PAGE_RESOURCE, file->file, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (ds_live_get_resource (), resource, 0, NULL);

  if (bytes == NULL)
    {
      respond_status (self, msg, SOUP_STATUS_INTERNAL_SERVER_ERROR);
      return;
    }
  add_security_headers (self, msg);
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_message_headers_set_content_type (soup_server_message_get_response_headers (msg),
                                         file->content_type, NULL);
  soup_message_body_append_bytes (soup_server_message_get_response_body (msg), bytes);
}

static gboolean
method_allowed (SoupServerMessage *msg)
{
  const char *method = soup_server_message_get_method (msg);

  return method == SOUP_METHOD_GET || method == SOUP_METHOD_HEAD;
}

/* libsoup reads a request's whole body before it answers, whatever the
 * status: a request that announces a body (the page never sends one) gets
 * a short refusal written by hand and the connection closed, unread, so
 * that nobody can make the laptop take in a large upload. */
static void
refuse_body (SoupServerMessage *msg)
{
  static const char refusal[] = "HTTP/1.1 413 Payload Too Large\r\n"
                                "Content-Length: 0\r\nConnection: close\r\n\r\n";
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

  if (stream == NULL)
    return;
  g_output_stream_write_all (g_io_stream_get_output_stream (stream), refusal,
                             sizeof refusal - 1, NULL, NULL, NULL);
  g_io_stream_close (stream, NULL, NULL);
}

static gboolean
announces_body (SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  SoupEncoding encoding = soup_message_headers_get_encoding (headers);

  return encoding == SOUP_ENCODING_CHUNKED || encoding == SOUP_ENCODING_EOF ||
         (encoding == SOUP_ENCODING_CONTENT_LENGTH &&
          soup_message_headers_get_content_length (headers) > 0);
}

/* After the headers, before any body: only GET and HEAD go on. */
static void
early_cb (SoupServer        *server,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  if (announces_body (msg))
    refuse_body (msg);
  else if (!method_allowed (msg))
    respond_status (user_data, msg, SOUP_STATUS_METHOD_NOT_ALLOWED);
}

static void
page_cb (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  const PageFile *file = lookup_page_file (path);

  if (!method_allowed (msg))
    respond_status (user_data, msg, SOUP_STATUS_METHOD_NOT_ALLOWED);
  else if (file == NULL)
    respond_status (user_data, msg, SOUP_STATUS_NOT_FOUND);
  else
    respond_file (user_data, msg, file);
}

/* After the 101 response: the connection is taken from the HTTP server
 * and given to the live side, with a byte budget under it. */
static void
upgraded_cb (SoupServerMessage *msg,
             DsRoomServer      *self)
{
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);
  g_autoptr(DsBudgetIOStream) budgeted = NULL;
  g_autoptr(SoupWebsocketConnection) connection = NULL;

  if (stream == NULL)
    return;
  budgeted = _ds_budget_io_stream_new (stream, WEBSOCKET_BUDGET);
  connection = soup_websocket_connection_new (G_IO_STREAM (budgeted),
                                              soup_server_message_get_uri (msg),
                                              SOUP_WEBSOCKET_CONNECTION_SERVER,
                                              self->origin, NULL, NULL);
  _ds_room_server_accept (self, connection, _ds_budget_io_stream_get_budget (budgeted));
}

/* The handshake by hand (not soup_server_add_websocket_handler()) so that
 * the connection can be wrapped: only from this server's own page (its
 * origin), no subprotocol, no extension (compression would let a small
 * frame inflate into a large one). */
static void
websocket_cb (SoupServer        *server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           user_data)
{
  DsRoomServer *self = user_data;

  if (strcmp (path, "/ws") != 0)
    {
      respond_status (self, msg, SOUP_STATUS_NOT_FOUND);
      return;
    }
  if (!soup_websocket_server_process_handshake (msg, self->origin, NULL, NULL, NULL))
    {
      add_security_headers (self, msg);
      return;
    }
  g_signal_connect_object (msg, "wrote-informational", G_CALLBACK (upgraded_cb), self, 0);
}

/* Listening */

/* An IPv6 address goes in brackets in a URL. */
static char *
host_for_url (const char *address)
{
  if (strchr (address, ':') != NULL)
    return g_strdup_printf ("[%s]", address);
  return g_strdup (address);
}

static void
set_origin (DsRoomServer *self)
{
  g_autofree char *host = host_for_url (self->address);

  self->origin = g_strdup_printf ("http://%s:%u", host, self->port);
  self->csp = g_strdup_printf ("default-src 'none'; script-src 'self'; style-src 'self'; "
                               "img-src 'self'; connect-src 'self' ws://%s:%u; "
                               "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
                               host, self->port);
}

static SoupServer *
new_server (DsRoomServer *self)
{
  SoupServer *server = soup_server_new ("server-header", "DiploStudy", NULL);

  soup_server_add_early_handler (server, NULL, early_cb, self, NULL);
  soup_server_add_early_handler (server, "/ws", early_cb, self, NULL);
  soup_server_add_handler (server, NULL, page_cb, self, NULL);
  soup_server_add_handler (server, "/ws", websocket_cb, self, NULL);
  return server;
}

/* Our own listening socket, for its backlog: with GLib's default of 10
 * pending connections, a class scanning the QR code at once would see
 * connections dropped and retried seconds later. */
static gboolean
listen_on (SoupServer    *server,
           GInetAddress  *address,
           guint          port,
           GError       **error)
{
  g_autoptr(GSocketAddress) socket_address = g_inet_socket_address_new (address, port);
  g_autoptr(GSocket) socket = g_socket_new (g_inet_address_get_family (address),
                                            G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, error);

  if (socket == NULL)
    return FALSE;
  g_socket_set_listen_backlog (socket, LISTEN_BACKLOG);
  return g_socket_bind (socket, socket_address, TRUE, error) &&
         g_socket_listen (socket, error) &&
         soup_server_listen_socket (server, socket, 0, error);
}

/* The port asked for, or 8472, or else any free one. */
static gboolean
listen_on_a_port (SoupServer    *server,
                  GInetAddress  *address,
                  guint          port,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (port != 0)
    return listen_on (server, address, port, error);
  if (listen_on (server, address, DS_ROOM_SERVER_DEFAULT_PORT, &local_error))
    return TRUE;
  if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_ADDRESS_IN_USE))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return listen_on (server, address, 0, error);
}

static guint
listening_port (SoupServer *server)
{
  GSList *listeners = soup_server_get_listeners (server);
  g_autoptr(GSocketAddress) local = NULL;
  guint port = 0;

  if (listeners != NULL)
    local = g_socket_get_local_address (listeners->data, NULL);
  if (local != NULL)
    port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (local));
  g_slist_free (listeners);
  return port;
}

static GInetAddress *
parse_address (const char  *address,
               GError     **error)
{
  GInetAddress *inet = g_inet_address_new_from_string (address);

  if (inet == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                 _("“%s” is not a network address"), address);
  return inet;
}

static void
set_running (DsRoomServer *self,
             SoupServer   *server,
             const char   *address)
{
  self->server = server;
  self->address = g_strdup (address);
  self->port = listening_port (server);
  set_origin (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

gboolean
ds_room_server_start (DsRoomServer  *self,
                      const char    *address,
                      guint          port,
                      GError       **error)
{
  g_autofree char *lan_address = NULL;
  g_autoptr(GInetAddress) inet = NULL;
  g_autoptr(SoupServer) server = NULL;

  g_return_val_if_fail (DS_IS_ROOM_SERVER (self), FALSE);
  g_return_val_if_fail (self->server == NULL, FALSE);
  g_return_val_if_fail (port <= G_MAXUINT16, FALSE);

  if (address == NULL)
    address = lan_address = ds_room_server_find_lan_address (error);
  if (address == NULL || (inet = parse_address (address, error)) == NULL)
    return FALSE;

  server = new_server (self);
  if (!listen_on_a_port (server, inet, port, error))
    return FALSE;
  set_running (self, g_steal_pointer (&server), address);
  return TRUE;
}

void
ds_room_server_stop (DsRoomServer *self)
{
  g_return_if_fail (DS_IS_ROOM_SERVER (self));

  if (self->server == NULL)
    return;
  g_clear_handle_id (&self->deadline_id, g_source_remove);
  _ds_room_server_close_clients (self);
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->csp, g_free);
  self->port = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

gboolean
ds_room_server_is_running (DsRoomServer *self)
{
  g_return_val_if_fail (DS_IS_ROOM_SERVER (self), FALSE);
  return self->server != NULL;
}

const char *
ds_room_server_get_address (DsRoomServer *self)
{
  g_return_val_if_fail (DS_IS_ROOM_SERVER (self), NULL);
  return self->address;
}

guint
ds_room_server_get_port (DsRoomServer *self)
{
  g_return_val_if_fail (DS_IS_ROOM_SERVER (self), 0);
  return self->port;
}

char *
ds_room_server_get_display_url (DsRoomServer *self)
{
  g_return_val_if_fail (DS_IS_ROOM_SERVER (self), NULL);
  return g_strdup (self->origin);
}

char *
ds_room_server_get_url (DsRoomServer *self)
{
  g_return_val_if_fail (DS_IS_ROOM_SERVER (self), NULL);

  if (self->origin == NULL)
    return NULL;
  return g_strdup_printf ("%s/?room=%s", self->origin, ds_room_get_code (self->room));
}

guint
ds_room_server_get_n_connections (DsRoomServer *self)
{
  g_return_val_if_fail (DS_IS_ROOM_SERVER (self), 0);
  return g_hash_table_size (self->clients);
}

/* The laptop's address on the classroom network */

/* Bridges that containers and virtual machines make on a laptop: up, with
 * an IPv4 address, and unreachable from a phone. */
static gboolean
is_virtual_bridge (const char *name)
{
  static const char * const prefixes[] = { "docker", "br-", "virbr", "veth", "vmnet",
                                           "vboxnet", "lxc", "podman", "cni" };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (name, prefixes[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_lan_interface (const struct ifaddrs *ifa)
{
  return ifa->ifa_addr != NULL && ifa->ifa_addr->sa_family == AF_INET &&
         (ifa->ifa_flags & IFF_UP) && (ifa->ifa_flags & IFF_RUNNING) &&
         !(ifa->ifa_flags & IFF_LOOPBACK) && !is_virtual_bridge (ifa->ifa_name);
}

char *
ds_room_server_find_lan_address (GError **error)
{
  struct ifaddrs *list = NULL;
  char *found = NULL;

  if (getifaddrs (&list) != 0)
    list = NULL;
  for (struct ifaddrs *ifa = list; ifa != NULL && found == NULL; ifa = ifa->ifa_next)
    if (is_lan_interface (ifa))
      {
        char text[INET_ADDRSTRLEN];
        const struct sockaddr_in *in = (const struct sockaddr_in *) (gpointer) ifa->ifa_addr;

        if (inet_ntop (AF_INET, &in->sin_addr, text, sizeof text) != NULL)
          found = g_strdup (text);
      }
  if (list != NULL)
    freeifaddrs (list);
  if (found == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE,
                         _("This computer is not connected to a network. Connect it to "
                           "the classroom’s Wi-Fi, the network the students’ phones use."));
  return found;
}
