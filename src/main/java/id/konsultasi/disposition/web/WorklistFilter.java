package id.konsultasi.disposition.web;

import id.konsultasi.disposition.WorklistView;
import id.konsultasi.disposition.Worklists;
import id.konsultasi.request.Channel;
import id.konsultasi.request.WorklistCursor;

/**
 * The filters and the position of a worklist page, as its address carries them ({@code ?lihat=&kanal=&mendesak=&q=&hal=
 * &setelah=&sebelum=}): the same for the head's dashboard and the division head's inbox.
 */
class WorklistFilter {

    private WorklistView lihat;
    private Channel kanal;
    private boolean mendesak;
    private String q = "";
    private int hal;
    private String setelah;
    private String sebelum;

    /** A page link's position that cannot be read (typed, cut off) counts the page from the start instead. */
    Worklists.Query query() {
        return new Worklists.Query(lihat, kanal, mendesak, q, hal, WorklistCursor.parse(setelah).orElse(null),
                WorklistCursor.parse(sebelum).orElse(null));
    }

    public WorklistView getLihat() { return lihat; }
    public void setLihat(WorklistView lihat) { this.lihat = lihat; }
    public Channel getKanal() { return kanal; }
    public void setKanal(Channel kanal) { this.kanal = kanal; }
    public boolean isMendesak() { return mendesak; }
    public void setMendesak(boolean mendesak) { this.mendesak = mendesak; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public int getHal() { return hal; }
    public void setHal(int hal) { this.hal = hal; }
    public String getSetelah() { return setelah; }
    public void setSetelah(String setelah) { this.setelah = setelah; }
    public String getSebelum() { return sebelum; }
    public void setSebelum(String sebelum) { this.sebelum = sebelum; }
}
