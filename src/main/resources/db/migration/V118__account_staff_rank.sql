-- pangkat/golongan of a staff member ("Pembina Utama Muda, IV/c"): under a signatory's name on letters, above the NIP
ALTER TABLE staff_user ADD COLUMN rank VARCHAR(100);
