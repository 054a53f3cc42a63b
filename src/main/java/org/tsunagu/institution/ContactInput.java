package org.tsunagu.institution;

import org.jspecify.annotations.Nullable;

/**
 * A person to contact at an institution (a work contact, not a patient).
 *
 * @param name the person's name
 * @param role their role, e.g. 管理者, 相談員
 * @param phone work phone
 * @param email work mail address
 */
public record ContactInput(String name, @Nullable String role, @Nullable String phone, @Nullable String email) {
}
