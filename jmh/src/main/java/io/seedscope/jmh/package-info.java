/** JMH benchmarks of seedscope: one class per measured concern (statistics, sensitivity, ...). */
package io.seedscope.jmh;
