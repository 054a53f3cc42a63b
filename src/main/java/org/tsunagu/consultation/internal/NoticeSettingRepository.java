package org.tsunagu.consultation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeSettingRepository extends JpaRepository<NoticeSetting, UUID> {

	List<NoticeSetting> findByOnOverdueTrue();
}
