/**
 * Web building blocks shared by every module: problem details, paging, request helpers.
 */
@NamedInterface("web")
@NullMarked
package org.tsunagu.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
