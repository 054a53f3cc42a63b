package org.tsunagu.registry;

import org.jspecify.annotations.Nullable;

/**
 * One 避難支援等実施者 (a person who helps the family evacuate).
 *
 * @param name the helper's name
 * @param relation how they relate to the family (近所, 親族, 訪問看護 …)
 * @param phone how to reach them
 */
public record PlanHelperInput(String name, @Nullable String relation, @Nullable String phone) {
}
