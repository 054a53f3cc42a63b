/**
 * 基準データ (reference data): 市町村 with 地方公共団体コード, 障がい保健福祉圏域 and their 保健福祉事務所, the 庁内連携会議 departments (別表) and the 医療的ケア判定スコア items, loaded from a prefecture's CSV files and kept as data.
 */
@ApplicationModule(displayName = "基準データ", allowedDependencies = { "shared", "shared :: web", "audit" })
@NullMarked
package org.tsunagu.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
