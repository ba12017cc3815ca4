/* A DAW's MIDI clock for tests/vm/alsa-checks.sh, on the ALSA sequencer:
 *   clock-source PORT BPM SECONDS
 * connects its own port ("Clock Source") to the port named PORT (as
 * aconnect lists it), then sends Start, 24 clocks per beat at BPM for
 * SECONDS, and Stop. Exit status 2 when PORT is not there. */
#include <alsa/asoundlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int find_port(snd_seq_t *seq, const char *name, int *client, int *port)
{
    snd_seq_client_info_t *c;
    snd_seq_port_info_t *p;
    snd_seq_client_info_alloca(&c);
    snd_seq_port_info_alloca(&p);
    snd_seq_client_info_set_client(c, -1);
    while (snd_seq_query_next_client(seq, c) >= 0) {
        snd_seq_port_info_set_client(p, snd_seq_client_info_get_client(c));
        snd_seq_port_info_set_port(p, -1);
        while (snd_seq_query_next_port(seq, p) >= 0) {
            if (strcmp(snd_seq_port_info_get_name(p), name) == 0) {
                *client = snd_seq_port_info_get_client(p);
                *port = snd_seq_port_info_get_port(p);
                return 1;
            }
        }
    }
    return 0;
}

static void send(snd_seq_t *seq, int port, snd_seq_event_type_t type)
{
    snd_seq_event_t ev;
    snd_seq_ev_clear(&ev);
    snd_seq_ev_set_source(&ev, port);
    snd_seq_ev_set_subs(&ev);
    snd_seq_ev_set_direct(&ev);
    ev.type = type;
    snd_seq_event_output_direct(seq, &ev);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: clock-source PORT BPM SECONDS\n");
        return 2;
    }
    snd_seq_t *seq;
    if (snd_seq_open(&seq, "default", SND_SEQ_OPEN_OUTPUT, 0) < 0) {
        fprintf(stderr, "clock-source: no ALSA sequencer\n");
        return 2;
    }
    snd_seq_set_client_name(seq, "Clock Source");
    const int port = snd_seq_create_simple_port(seq, "Clock Source", SND_SEQ_PORT_CAP_READ | SND_SEQ_PORT_CAP_SUBS_READ,
                                                SND_SEQ_PORT_TYPE_MIDI_GENERIC | SND_SEQ_PORT_TYPE_APPLICATION);
    int client, dest;
    if (port < 0 || !find_port(seq, argv[1], &client, &dest) || snd_seq_connect_to(seq, port, client, dest) < 0) {
        fprintf(stderr, "clock-source: cannot connect to \"%s\"\n", argv[1]);
        return 2;
    }
    const double tick_s = 60.0 / atof(argv[2]) / 24.0;
    const long ticks = (long)(atof(argv[3]) / tick_s);
    struct timespec next;
    clock_gettime(CLOCK_MONOTONIC, &next);
    send(seq, port, SND_SEQ_EVENT_START);
    for (long i = 0; i < ticks; ++i) {
        send(seq, port, SND_SEQ_EVENT_CLOCK);
        const long ns = next.tv_nsec + (long)(tick_s * 1e9);
        next.tv_sec += ns / 1000000000L;
        next.tv_nsec = ns % 1000000000L;
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL);
    }
    send(seq, port, SND_SEQ_EVENT_STOP);
    printf("clock-source: Start, %ld clocks at %s bpm, Stop, to %d:%d\n", ticks, argv[2], client, dest);
    snd_seq_close(seq);
    return 0;
}
