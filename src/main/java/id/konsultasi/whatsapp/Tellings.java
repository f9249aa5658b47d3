package id.konsultasi.whatsapp;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Tellings extends JpaRepository<Telling, Long> {

    List<Telling> findByRequestIdOrderByToldAt(long requestId);
}
