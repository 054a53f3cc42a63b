package org.tsunagu.training.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, UUID> {
}
