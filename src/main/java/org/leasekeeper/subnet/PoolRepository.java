package org.leasekeeper.subnet;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PoolRepository extends JpaRepository<PoolEntity, Long> {

    List<PoolEntity> findBySubnetIdInOrderById(Collection<Long> subnetIds);

    List<PoolEntity> findAllByOrderById();

    /** The pools of the subnets that {@code findByIdGreaterThanOrderById(afterId, limit)} returns. */
    @Query("select p from PoolEntity p where p.subnetId in (select s.id from SubnetEntity s where s.id > :afterId"
            + " order by s.id limit :limit) order by p.id")
    List<PoolEntity> findForSubnetPage(@Param("afterId") long afterId, @Param("limit") int limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PoolEntity p where p.subnetId = :subnetId")
    int deleteBySubnet(@Param("subnetId") long subnetId);
}
