/**
 * What every module shares: security, layout, internationalisation, errors, time.
 * <p>
 * Open module: its sub-packages (security, web) are used by every other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.reciproque.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
