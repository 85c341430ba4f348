/**
 * What Yandu bundles and under which licences, for the About box: {@link org.yandu.about.ThirdPartyNotices} reads
 * the list the build writes from the bundled artifacts' POMs ({@code META-INF/licenses/THIRD-PARTY.tsv}) and their
 * licence and notice texts, and adds CC-CEDICT when the library has it imported.
 */
package org.yandu.about;
